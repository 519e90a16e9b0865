/**
 * Names that are not people: places, news agencies, company endings and fictional characters.
 * Negative evidence only: a run made of one of these, or led or ended by one, is read as the
 * place or the firm. Keys are lower case, single spaces, no periods.
 */

export const COUNTRIES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan', 'bolivia', 'bosnia',
  'botswana', 'brazil', 'brunei', 'bulgaria', 'burkina faso', 'burundi', 'cambodia', 'cameroon', 'canada', 'chile', 'china',
  'colombia', 'comoros', 'congo', 'costa rica', 'croatia', 'cuba', 'cyprus', 'czechia', 'czech republic', 'denmark',
  'djibouti', 'dominica', 'ecuador', 'egypt', 'el salvador', 'eritrea', 'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland',
  'france', 'gabon', 'gambia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras',
  'hong kong', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan',
  'jordan', 'kazakhstan', 'kenya', 'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho',
  'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'macau', 'madagascar', 'malawi', 'malaysia', 'maldives',
  'mali', 'malta', 'mauritania', 'mauritius', 'mexico', 'micronesia', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco',
  'mozambique', 'myanmar', 'burma', 'namibia', 'nauru', 'nepal', 'netherlands', 'holland', 'new zealand', 'nicaragua', 'niger',
  'nigeria', 'north korea', 'north macedonia', 'norway', 'oman', 'pakistan', 'palau', 'palestine', 'panama',
  'papua new guinea', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda',
  'samoa', 'san marino', 'saudi arabia', 'senegal', 'serbia', 'seychelles', 'sierra leone', 'singapore', 'slovakia',
  'slovenia', 'somalia', 'south africa', 'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname', 'sweden',
  'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga', 'trinidad', 'tunisia', 'turkey',
  'turkiye', 'turkmenistan', 'tuvalu', 'uganda', 'ukraine', 'united arab emirates', 'uae', 'united kingdom', 'britain',
  'great britain', 'england', 'scotland', 'wales', 'united states', 'america', 'uruguay', 'uzbekistan', 'vanuatu',
  'vatican', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'greenland', 'gaza', 'crimea', 'tibet', 'chechnya',
]);

export const US_STATES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts',
  'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey',
  'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island',
  'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia',
  'wisconsin', 'wyoming', 'puerto rico', 'guam',
]);

/** Cities that wire stories name as datelines or as stand-ins for governments ("Lisbon said"). */
export const CITIES: ReadonlySet<string> = new Set([
  'washington', 'new york', 'los angeles', 'chicago', 'houston', 'phoenix', 'philadelphia', 'san antonio', 'san diego',
  'dallas', 'san francisco', 'austin', 'seattle', 'denver', 'boston', 'detroit', 'nashville', 'baltimore', 'atlanta',
  'miami', 'minneapolis', 'cleveland', 'pittsburgh', 'cincinnati', 'sacramento', 'portland', 'las vegas', 'orlando', 'tampa',
  'st louis', 'new orleans', 'honolulu', 'anchorage', 'albuquerque', 'milwaukee', 'kansas city', 'raleigh', 'richmond',
  'london', 'paris', 'berlin', 'madrid', 'rome', 'lisbon', 'dublin', 'brussels', 'amsterdam', 'vienna', 'prague', 'warsaw',
  'budapest', 'athens', 'stockholm', 'oslo', 'copenhagen', 'helsinki', 'geneva', 'zurich', 'bern', 'moscow', 'kyiv', 'kiev',
  'minsk', 'ankara', 'istanbul', 'tehran', 'baghdad', 'damascus', 'beirut', 'jerusalem', 'tel aviv', 'cairo', 'riyadh',
  'doha', 'dubai', 'abu dhabi', 'kabul', 'islamabad', 'karachi', 'lahore', 'delhi', 'new delhi', 'mumbai', 'kolkata',
  'bangalore', 'chennai', 'dhaka', 'colombo', 'kathmandu', 'beijing', 'shanghai', 'hong kong', 'shenzhen', 'guangzhou',
  'wuhan', 'taipei', 'tokyo', 'osaka', 'seoul', 'pyongyang', 'manila', 'jakarta', 'bangkok', 'hanoi', 'kuala lumpur',
  'canberra', 'sydney', 'melbourne', 'auckland', 'wellington', 'ottawa', 'toronto', 'montreal', 'vancouver',
  'mexico city', 'havana', 'caracas', 'bogota', 'lima', 'santiago', 'buenos aires', 'brasilia', 'rio de janeiro',
  'sao paulo', 'nairobi', 'lagos', 'abuja', 'johannesburg', 'pretoria', 'cape town', 'addis ababa', 'khartoum', 'kinshasa',
  'algiers', 'tunis', 'tripoli', 'rabat', 'strasbourg', 'luxembourg', 'the hague', 'frankfurt', 'munich',
  'milan', 'barcelona', 'edinburgh', 'belfast', 'glasgow', 'manchester', 'liverpool', 'birmingham', 'davos',
]);

/** News agencies and wire services, which "said" and "reported" like people. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'associated press', 'agence france-presse', 'afp', 'bloomberg', 'xinhua', 'kyodo', 'yonhap', 'tass',
  'interfax', 'ria novosti', 'anadolu', 'efe', 'ansa', 'dpa', 'press trust of india', 'bernama', 'antara', 'ap',
  'united press international', 'upi', 'itar-tass', 'sputnik', 'irna', 'wafa', 'jiji', 'aap', 'canadian press',
  // Arabic broadcasters and papers, whose "Al" reads as a given name.
  'al arabiya', 'al-arabiya', 'al jazeera', 'al-jazeera', 'al mayadeen', 'al-mayadeen', 'al hadath', 'al-hadath', 'al araby',
  'al-araby', 'al ahram', 'al-ahram', 'al-monitor', 'asharq al-awsat', 'al-masry al-youm',
]);

/** First words of agency names in other languages ("Agence ...", "Agencia ..."). */
export const AGENCY_OPENERS: ReadonlySet<string> = new Set(['agence', 'agencia', 'agenzia', 'agentur', 'agentstvo']);

/**
 * Last words that make a capitalised run a company, bank, carrier or market index: legal forms
 * and the business words firms and indexes are named with ("Harbor Stone Equities", "Nordic
 * Air", "Dow Jones Industrial Average").
 */
export const ORGANISATION_ENDINGS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'corp', 'co', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'spa',
  'ab', 'asa', 'oyj', 'kk', 'pty', 'equities', 'securities', 'group', 'bank', 'bancorp', 'airlines', 'airline', 'air',
  'airways', 'aviation', 'holdings', 'capital', 'partners', 'advisors', 'advisers', 'investments', 'financial', 'insurance',
  'pharmaceuticals', 'pharma', 'therapeutics', 'biosciences', 'energy', 'resources', 'mining', 'petroleum', 'telecom',
  'motor', 'motors', 'automotive', 'logistics', 'shipping', 'lines', 'rail', 'express', 'realty', 'properties', 'brands', 'retail',
  'average', 'index', 'composite', 'futures', 'fund', 'trust', 'exchange', 'research', 'analytics', 'consulting',
  'advisory', 'ventures', 'studios', 'entertainment', 'pictures', 'records', 'media', 'publishing', 'electronics', 'lending',
  'semiconductor', 'chemicals',
  // Football clubs: "Leeds United", "Bristol Rovers", "Wigan Athletic".
  'united', 'rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'fc', 'afc',
]);

/** Nouns that end an organisation's name besides the business words above ("Mozilla Foundation"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'corporation', 'foundation', 'company', 'enterprises', 'industries', 'organization', 'organisation', 'association',
  'labs', 'technologies', 'software', 'systems', 'networks',
]);

/** Fictional characters, written as full names; a surname of one is not read alone either. */
export const FICTIONAL_CHARACTERS: ReadonlySet<string> = new Set([
  'sherlock holmes', 'john watson', 'harry potter', 'hermione granger', 'ron weasley', 'albus dumbledore', 'lord voldemort',
  'james bond', 'mickey mouse', 'minnie mouse', 'donald duck', 'bugs bunny', 'homer simpson', 'bart simpson', 'marge simpson',
  'lisa simpson', 'darth vader', 'luke skywalker', 'han solo', 'princess leia', 'indiana jones', 'frodo baggins',
  'bilbo baggins', 'peter pan', 'santa claus', 'winnie the pooh', 'charlie brown', 'clark kent', 'bruce wayne', 'peter parker',
  'tony stark', 'lara croft', 'jack sparrow', 'forrest gump', 'atticus finch', 'jay gatsby', 'elizabeth bennet',
  'scarlett o\'hara', 'ebenezer scrooge', 'oliver twist', 'tom sawyer', 'huckleberry finn', 'don quixote', 'rocky balboa',
  'walter white', 'tony soprano', 'jon snow', 'daenerys targaryen', 'captain america', 'wonder woman',
  'nancy drew', 'hercule poirot', 'miss marple', 'jane eyre', 'robin hood', 'ronald mcdonald', 'uncle sam', 'captain nemo',
]);

/**
 * Companies and brands whose names read as a person's, where the firm is what the news means
 * ("an analyst at Morgan Stanley", "a Herman Miller chair", "Louis Vuitton bags"). Names a living
 * founder still answers to in the news ("Ralph Lauren said") are left out.
 */
export const COMPANIES_NAMED_AS_PEOPLE: ReadonlySet<string> = new Set([
  'morgan stanley', 'benjamin moore', 'herman miller', 'louis vuitton', 'christian dior', 'lockheed martin', 'dean witter',
  'tim hortons', 'alfa romeo', 'estee lauder', 'kate spade', 'smith barney', 'john deere', 'bob evans', 'ben sherman',
  'hugo boss', 'ted baker', 'jimmy john', 'jack daniel', 'johnnie walker', 'jim beam', 'charles tyrwhitt', 'thomas cook',
  'william blair', 'raymond james', 'edward jones',
  // Banks, investors and law firms named for two partners ("Goldman Sachs said", "led by Andreessen Horowitz").
  'goldman sachs', 'andreessen horowitz', 'kleiner perkins', 'warburg pincus', 'cantor fitzgerald', 'piper sandler',
  'keefe bruyette', 'stifel nicolaus', 'hamilton lane', 'booz allen', 'aston martin', 'paul weiss', 'davis polk',
  'cleary gottlieb', 'skadden arps', 'wachtell lipton', 'baker mckenzie', 'sullivan cromwell', 'simpson thacher',
  'debevoise plimpton', 'kirkland ellis', 'latham watkins', 'baker botts', 'morgan lewis', 'jones day',
  // The mortgage agencies, known by nicknames that read as people's.
  'freddie mac', 'fannie mae', 'ginnie mae', 'sallie mae',
  // Firms that kept a founder's full name long after him ("Eli Lilly reported", "Charles Schwab, which").
  'eli lilly', 'charles schwab', 'merrill lynch', 'wells fargo', 'harley davidson', 'rolls royce', 'mercedes benz',
  'hewlett packard', 'sherwin williams', 'marks spencer', 'ernst young', 'arthur andersen', 'baskin robbins',
  'hogan lovells', 'gibson dunn', 'covington burling', 'mayer brown', 'white case', 'clifford chance', 'allen overy',
  // Clubs named like a person ("beat Aston Villa 2-1", then "Villa had led").
  'aston villa', 'accrington stanley', 'ross county',
]);

/** Breeds named after people: "King Charles spaniels", "a Jack Russell terrier", "Gordon setters". */
export const BREED_NOUNS: ReadonlySet<string> = new Set([
  'spaniel', 'spaniels', 'terrier', 'terriers', 'setter', 'setters', 'pinscher', 'pinschers', 'retriever', 'retrievers', 'hound', 'hounds',
]);

/** Honours and posts named after people: "a Marie Skłodowska-Curie fellowship", "the Ann Lee lecture". */
export const NAMESAKE_NOUNS: ReadonlySet<string> = new Set([
  'fellowship', 'fellowships', 'fellow', 'fellows', 'scholarship', 'scholarships', 'scholar', 'scholars', 'professorship', 'lecture',
  'lectures', 'medal', 'prize', 'prizes', 'medals', 'award', 'awards', 'trophy', 'trophies',
]);

/** Conditions named after the doctor who described them, by the possessive alone ("living with Parkinson's"). */
export const EPONYMOUS_CONDITIONS: ReadonlySet<string> = new Set(['parkinson', 'alzheimer', 'huntington', 'crohn', 'tourette', 'asperger', 'hodgkin', 'addison', 'cushing', 'raynaud', 'meniere']);
/** Nouns after a possessive name that make it a condition's: "Graves' disease", "Lou Gehrig's disease". */
export const CONDITION_NOUNS: ReadonlySet<string> = new Set(['disease', 'syndrome', 'palsy', 'lymphoma', 'sarcoma', 'dementia']);

/** Words that name a storm before its name: "Cyclone Winston", "Tropical Storm Ana", "Winter Storm Ophelia". */
export const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'cyclone', 'typhoon', 'storm', 'superstorm']);

/** Nouns of a business before its name: "the Boston firm Hallett Pryce", "the lender Ann Lee". */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'firm', 'company', 'startup', 'start-up', 'brand', 'label', 'chain', 'retailer', 'lender', 'bank', 'publisher', 'studio',
  'agency', 'consultancy', 'insurer', 'carrier', 'airline', 'automaker', 'carmaker', 'brokerage', 'manufacturer', 'boutique',
  'gallery', 'bakery', 'restaurant',
]);

/** Nouns of a band before its name: "the duo Bob Moses", "the band Santana". */
export const ENSEMBLE_NOUNS: ReadonlySet<string> = new Set(['band', 'duo', 'trio', 'quartet', 'quintet', 'ensemble', 'group', 'outfit', 'collective']);

/**
 * Goods sold under a designer's or a star's name: "a Ralph Lauren throw", "Tom Ford suits". A name
 * used as a modifier of anything else stays the person's ("a Declan Rice corner", "the Arteta era").
 */

export const MERCHANDISE_NOUNS: ReadonlySet<string> = new Set([
  'throw', 'throws', 'lamp', 'lamps', 'sofa', 'sofas', 'chair', 'chairs', 'rug', 'rugs', 'bag', 'bags', 'handbag',
  'handbags', 'purse', 'purses', 'tote', 'totes', 'dress', 'dresses', 'gown', 'gowns', 'suit', 'suits', 'jacket',
  'jackets', 'coat', 'coats', 'shirt', 'shirts', 'sweater', 'sweaters', 'jeans', 'pants', 'trousers', 'hoodie', 'hoodies',
  'blazer', 'blazers', 'scarf', 'scarves', 'sneakers', 'shoes', 'boots', 'heels', 'loafers', 'sandals', 'perfume',
  'perfumes', 'fragrance', 'fragrances', 'cologne', 'sunglasses', 'cookware', 'mattress', 'bedding', 'sheets',
  'pillows', 'candle', 'candles', 'wallpaper', 'lipstick', 'mascara', 'eyeshadow', 'cosmetics', 'skincare',
]);

/** Last words of place names ("Cuyahoga Falls", "Saratoga Springs", "Shaker Heights"). */
export const PLACE_ENDINGS: ReadonlySet<string> = new Set([
  'falls', 'springs', 'heights', 'creek', 'township', 'village', 'junction', 'crossing', 'hills', 'gardens', 'estates', 'ridge',
  'grove', 'meadows', 'rapids', 'bluffs', 'shores', 'pines', 'woods', 'glen', 'hollow', 'beach', 'island', 'islands', 'pass',
]);

/** US postal abbreviations: "Cuyahoga Falls, OH" is a town whatever its words are. */
export const STATE_CODES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA',
  'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN',
  'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC',
]);

/**
 * Vietnamese provinces and cities, whose two syllables read like a given name and a surname
 * ("Quang Ngai", "Gia Lai"). Kept apart from CITIES, whose words the popular given names are
 * filtered by: "Ben Tre" must not take "Ben" from them.
 */
const VIETNAMESE_PLACES: ReadonlySet<string> = new Set([
  'gia lai', 'quang ngai', 'quang nam', 'quang tri', 'quang ninh', 'quang binh', 'hoa binh', 'thanh hoa', 'nghe an',
  'ha tinh', 'khanh hoa', 'binh dinh', 'phu yen', 'dak lak', 'kon tum', 'lam dong', 'ninh thuan', 'binh thuan', 'dong nai',
  'tay ninh', 'binh duong', 'long an', 'tien giang', 'ben tre', 'vinh long', 'tra vinh', 'can tho', 'soc trang', 'bac lieu',
  'ca mau', 'kien giang', 'an giang', 'dong thap', 'hau giang', 'lao cai', 'yen bai', 'ha giang', 'cao bang', 'lang son',
  'bac giang', 'bac ninh', 'hai duong', 'hai phong', 'thai binh', 'nam dinh', 'ninh binh', 'ha nam', 'da nang', 'hoa lo',
  'nha trang', 'phu quoc', 'vung tau', 'ha long',
]);

export function isPlace(key: string): boolean {
  return COUNTRIES.has(key) || US_STATES.has(key) || CITIES.has(key) || VIETNAMESE_PLACES.has(key);
}
