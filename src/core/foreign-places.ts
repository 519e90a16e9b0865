/**
 * Places outside the United States, and their adjectives, as they open or surround the name of a
 * law in news copy ("the Punjab Police Act", "Britain's Official Secrets Act"). An unknown
 * "... Act" near them is a foreign law, which the guide leaves out. Words that are also U.S.
 * places or common names (Georgia, Jordan, Victoria, Indian as in tribal law) are left out.
 */
export const FOREIGN_PLACE_WORDS: ReadonlySet<string> = new Set([
  // Countries and their adjectives.
  'afghanistan', 'afghan', 'albania', 'albanian', 'algeria', 'algerian', 'argentina', 'argentine', 'argentinian', 'armenia',
  'armenian', 'australia', 'australian', 'austria', 'austrian', 'azerbaijan', 'azerbaijani', 'bahrain', 'bangladesh',
  'bangladeshi', 'belarus', 'belarusian', 'belgium', 'belgian', 'bolivia', 'bolivian', 'bosnia', 'brazil', 'brazilian',
  'britain', 'british', 'bulgaria', 'bulgarian', 'cambodia', 'cambodian', 'cameroon', 'canada', 'canadian', 'chile',
  'chilean', 'china', 'chinese', 'colombia', 'colombian', 'croatia', 'croatian', 'cuba', 'cuban', 'cyprus', 'czech',
  'denmark', 'danish', 'ecuador', 'egypt', 'egyptian', 'england', 'english', 'estonia', 'estonian', 'ethiopia', 'ethiopian',
  'finland', 'finnish', 'france', 'french', 'germany', 'german', 'ghana', 'greece', 'greek', 'guatemala', 'haiti', 'honduras',
  'hong', 'hungary', 'hungarian', 'iceland', 'india', 'indonesia', 'indonesian', 'iran', 'iranian', 'iraq', 'iraqi',
  'ireland', 'irish', 'israel', 'israeli', 'italy', 'italian', 'jamaica', 'japan', 'japanese', 'kazakhstan', 'kenya',
  'kenyan', 'korea', 'korean', 'kosovo', 'kuwait', 'latvia', 'lebanon', 'lebanese', 'libya', 'lithuania', 'malaysia',
  'malaysian', 'mexico', 'mexican', 'morocco', 'moroccan', 'myanmar', 'nepal', 'netherlands', 'dutch', 'nigeria',
  'nigerian', 'norway', 'norwegian', 'pakistan', 'pakistani', 'palestinian', 'panama', 'peru', 'peruvian', 'philippines',
  'philippine', 'filipino', 'poland', 'polish', 'portugal', 'portuguese', 'qatar', 'romania', 'romanian', 'russia',
  'russian', 'rwanda', 'saudi', 'scotland', 'scottish', 'serbia', 'serbian', 'singapore', 'slovakia', 'slovenia', 'somalia',
  'spain', 'spanish', 'sri', 'sudan', 'sweden', 'swedish', 'switzerland', 'swiss', 'syria', 'syrian', 'taiwan', 'taiwanese',
  'thailand', 'thai', 'tunisia', 'turkey', 'turkish', 'uganda', 'ukraine', 'ukrainian', 'uk', 'venezuela', 'venezuelan',
  'vietnam', 'vietnamese', 'wales', 'welsh', 'yemen', 'zealand', 'zimbabwe', 'europe', 'european', 'eu', 'brussels', 'commonwealth',
  // Regions whose laws reach English-language news.
  'punjab', 'kerala', 'gujarat', 'maharashtra', 'bengal', 'karnataka', 'haryana', 'bihar', 'rajasthan', 'kashmir', 'assam',
  'telangana', 'odisha', 'tamil', 'delhi', 'mumbai', 'ontario', 'quebec', 'alberta', 'manitoba', 'saskatchewan', 'queensland',
  'tasmania', 'bavaria', 'catalonia', 'xinjiang', 'tibet', 'sindh', 'gauteng', 'westminster',
]);

/** Words in a sentence that place a law in the United States. */
export const US_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'congress', 'congressional', 'federal', 'senate', 'senator', 'sen', 'american', 'america', 'americans', 'republican',
  'republicans', 'gop', 'democrats', 'washington', 'usc', 'statute',
]);
