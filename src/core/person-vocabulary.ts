/** Words that tell a capitalised run is or is not a person's name. */
import { lookupTable } from './lookup-table';

/** Titles and honorifics that may open a name; multi-word titles are space separated, lower case, no periods. */
export const TITLES = new Set([
  'president', 'vice president', 'president-elect', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'lt gov',
  'lieutenant governor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'judge', 'justice', 'chief justice', 'secretary', 'speaker',
  'house speaker', 'mayor', 'gen', 'general', 'adm', 'admiral', 'lt', 'col', 'colonel', 'sgt', 'sergeant', 'capt', 'captain',
  'director', 'chairman', 'chairwoman', 'commissioner', 'prime minister', 'king', 'queen', 'pope', 'prince', 'princess',
  'sheriff', 'detective', 'prof', 'professor', 'rev', 'reverend', 'sir', 'dame', 'ambassador', 'attorney general',
  'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'chancellor', 'premier', 'first lady',
  'majority leader', 'minority leader', 'coach', 'pastor', 'father', 'sister', 'officer', 'deputy', 'del', 'delegate',
  'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'envoy', 'minister', 'hon', 'rt', 'honourable',
  'honorable', 'sheikh', 'sheikha', 'emir', 'lord', 'baroness', 'baron', 'viscount', 'archbishop', 'bishop', 'cardinal',
  'rabbi', 'imam', 'councilmember', 'council member', 'alderman', 'alderwoman', 'secretary-general', 'trustee', 'councillor',
  'councilor', 'supervisor', 'selectman', 'selectwoman', 'constable', 'inspector', 'superintendent', 'commander',
  'alhaji', 'alhaja', 'mahatma',
  // "Justices Sonia Sotomayor, Elena Kagan and Neil Gorsuch": a plural title before a list of names.
  'justices', 'sens', 'senators', 'reps', 'representatives',
]);

/**
 * Titles of public office: "Chief Minister Siddaramaiah" names an officeholder, whose bare name
 * later is the same person even when the knowledge file does not know him ("Mr. X" may be a
 * character of fiction as often as a person of the news).
 */
export const PUBLIC_OFFICE_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice president', 'president-elect', 'prime minister', 'minister', 'premier', 'chancellor', 'sen', 'senator',
  'rep', 'representative', 'gov', 'governor', 'lieutenant governor', 'mayor', 'secretary', 'ambassador', 'judge', 'justice',
  'chief justice', 'speaker', 'house speaker', 'commissioner', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman',
  'attorney general', 'majority leader', 'minority leader', 'envoy', 'delegate', 'councilmember', 'council member', 'justices',
  'sens', 'senators', 'reps', 'representatives',
]);

/** Titles worn with a given name alone ("Prince Andrew", "Queen Elizabeth", "Sir Elton"), which the bare given name repeats. */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['prince', 'princess', 'king', 'queen', 'pope', 'sir', 'dame', 'emperor', 'empress']);

/** Title words as context words a knowledge entry may list ("Sen." supports a senator). */
export const TITLE_CONTEXT: Readonly<Record<string, string>> = lookupTable({
  sen: 'senator', senator: 'senator', rep: 'representative', representative: 'representative', gov: 'governor',
  governor: 'governor', president: 'president', judge: 'judge', justice: 'justice', secretary: 'secretary', mayor: 'mayor',
  'vice president': 'vice president', 'attorney general': 'attorney general', speaker: 'speaker',
});

/** Capitalised words that start sentences or headlines and are never part of a name. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'royal', 'against', 'but', 'and', 'or', 'so', 'then', 'when', 'while', 'after', 'before', 'if', 'in', 'on', 'at', 'as', 'for',
  'with', 'without', 'from', 'to', 'by', 'of', 'now', 'yet', 'still', 'also', 'meanwhile', 'however', 'although', 'though',
  'later', 'earlier', 'finally', 'eventually', 'recently', 'afterwards', 'afterward', 'soon', 'tonight', 'nevertheless',
  'moreover', 'furthermore', 'besides', 'otherwise', 'thus', 'hence', 'therefore',
  'because', 'since', 'until', 'why', 'what', 'who', 'how', 'where', 'this', 'that', 'these', 'those', 'his', 'her', 'their',
  'our', 'my', 'its', 'it', 'he', 'she', 'they', 'we', 'i', "i'm", 'i\u2019m', "i've", 'i\u2019ve', "i'd", 'i\u2019d', "i'll", 'i\u2019ll',
  'you', 'former', 'acting', 'ex', 'late', 'interim', 'under',
  'over', 'about', 'asked', 'said', 'says', 'according', 'during', 'despite', 'amid', 'among', 'like', 'unlike', 'both',
  'many', 'some', 'most', 'more', 'all', 'any', 'each', 'every', 'no', 'not', 'only', 'even', 'just', 'here', 'there',
  'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'dear', 'thanks', 'please', 'yes', 'well', 'oh', 'let', 'read', 'watch', 'see', 'related', 'photo', 'video', 'update',
  'breaking', 'exclusive', 'opinion', 'analysis', 'editor', 'editors', 'note', 'advertisement', 'share', 'follow', 'sign',
  'democrats', 'republicans', 'democrat', 'republican', 'americans', 'american', 'congress', 'senate', 'house', 'god',
  'christmas', 'easter', 'thanksgiving', 'mother', 'black', 'white', 'north', 'south', 'east', 'west', 'new', 'old', 'big',
  'great', 'good', 'bad', 'best', 'first', 'last', 'next', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'will', 'would', 'could', 'should', 'can', 'did', 'does', 'do', 'is', 'was', 'are', 'were', 'has', 'had',
  'have', 'be', 'been', 'rather', 'instead', 'perhaps', 'maybe', 'indeed', 'again', 'once', 'twice', 'never', 'always',
  // "Leader of the Opposition Rahul Gandhi": the end of an office's name, before the name.
  'opposition',
]);

/** Words that make a capitalised run an organisation, place or thing ("Trump Tower", "Lincoln Memorial"). */
export const THING_WORDS = new Set([
  'tower', 'towers', 'memorial', 'center', 'centre', 'university', 'college', 'school', 'academy', 'hospital', 'foundation',
  'institute', 'institution', 'library', 'museum', 'hall', 'park', 'street', 'avenue', 'road', 'boulevard', 'bridge', 'airport',
  'station', 'building', 'hotel', 'plaza', 'square', 'county', 'city', 'state', 'states', 'department', 'agency', 'act', 'doctrine',
  'rule', 'law', 'amendment', 'bill', 'corp', 'inc', 'co', 'company', 'group', 'party', 'committee', 'commission',
  'council', 'court', 'times', 'post', 'journal', 'news', 'review', 'report', 'magazine', 'press', 'network', 'bank',
  'fund', 'trust', 'prize', 'award', 'awards', 'cup', 'trophy', 'stadium', 'arena', 'field', 'island', 'river', 'lake',
  'mountain', 'valley', 'beach', 'bay', 'fort', 'mount', 'international', 'association', 'society', 'church', 'cathedral',
  'highway', 'corporation', 'llc', 'ltd', 'enterprises', 'industries', 'holdings', 'organization', 'organisation', 'union',
  'republic', 'kingdom', 'empire', 'club', 'team', 'league', 'institutes', 'studios', 'records', 'media', 'global', 'capital',
  'partners', 'associates', 'brothers', 'bros', 'sons', 'airlines', 'motors', 'foods', 'labs', 'technologies', 'systems',
  'services', 'office', 'ministry', 'army', 'navy', 'force', 'guard', 'police', 'forces', 'dam', 'canal',
  'drive', 'lane', 'circle', 'way', 'tunnel', 'port', 'harbor', 'harbour', 'district', 'province', 'region', 'live',
  'territory', 'prison', 'jail', 'penitentiary', 'base', 'ship', 'fellowship', 'scholarship', 'lecture', 'medal', 'day',
  'effect', 'syndrome', 'disease', 'board', 'television', 'radio', 'theorem', 'equation', 'principle', 'plan', 'era', 'show', 'tour',
  'administration', 'campaign', 'presidency', 'house', 'family', 'estate', 'trail', 'peak',
  'care', 'program', 'initiative', 'project', 'index', 'average', 'federation', 'confederation', 'fire', 'storm', 'hurricane', 'sea', 'ocean', 'gulf', 'strait',
  'nations', 'programme', 'enterprise', 'exchange', 'market', 'markets', 'clinic', 'medical', 'military', 'airways', 'railway', 'railroad', 'mall', 'gallery',
  'theater', 'theatre', 'festival', 'conference', 'summit', 'games', 'olympics', 'series', 'bowl', 'open', 'championship',
  'elementary', 'stage', 'expressway', 'auditorium', 'pavilion', 'terminal', 'chapel', 'funeral', 'canteen', 'canteens', 'mortuary', 'cemetery', 'palacio', 'palazzo', 'estadio', 'museo',
  'wars', 'war', 'battle', 'revolution', 'movement', 'caucus', 'coalition', 'alliance', 'cabinet', 'assembly', 'parliament',
  'senate', 'congress', 'agreement', 'accord', 'treaty', 'code', 'constitution', 'ira', 'account', 'authority',
  'prosecution', 'business', 'insider', 'reporter', 'daily', 'weekly', 'herald', 'tribune', 'gazette', 'chronicle',
  'design', 'designs', 'studio', 'architects', 'consulting', 'ventures', 'productions', 'entertainment', 'pictures', 'films',
  'publishing', 'rights', 'solutions', 'software', 'apparel', 'clothing', 'brewery', 'winery', 'restaurant', 'cafe', 'bakery', 'farms',
  'affairs', 'command', 'laboratory', 'laboratories', 'lab', 'division', 'bureau', 'directorate', 'corps', 'squadron',
  'regiment', 'battalion', 'brigade', 'fleet', 'observatory', 'telescope', 'mansion', 'palace', 'world', 'oil', 'reports', 'dependency',
  'path', 'place', 'motor', 'rover', 'lander', 'probe', 'spacecraft', 'satellite', 'rocket', 'mission', 'heavy',
  // Products a shop listing or a review names ("Max Lithium Pivot Vacuum", "Pet Hair Brush").
  'vacuum', 'vacuums', 'brush', 'brushes', 'pencils', 'markers', 'sunscreen', 'cleanser', 'moisturizer', 'shampoo', 'serum',
  'lamp', 'lamps', 'hangers', 'crates', 'basket', 'mask', 'masks', 'massager', 'scrubber', 'exfoliator', 'headphones', 'earbuds',
  'speaker', 'speakers', 'charger', 'blender', 'kettle', 'toaster', 'fryer', 'cooker', 'knife', 'knives', 'skillet', 'cookware',
  'mattress', 'pillow', 'pillows', 'towels', 'blanket', 'backpack', 'laptop', 'router', 'humidifier', 'purifier', 'diffuser',
  'thermometer', 'tumbler', 'sneakers', 'smartwatch', 'earphones', 'dehumidifier', 'organizer', 'cleaner', 'health',
]);

/** Job titles end in these: a capitalised run ending in one is a position, not a name ("Chief Strategy Officer"). */
export const ROLE_TAIL_WORDS = new Set([
  'officer', 'manager', 'director', 'president', 'minister', 'secretary', 'chairman', 'chairwoman', 'executive', 'strategist',
  'coordinator', 'administrator', 'commissioner', 'counsel', 'correspondent', 'analyst', 'editor', 'engineer', 'specialist',
  'consultant', 'supervisor', 'superintendent', 'treasurer', 'designer', 'producer', 'architect', 'scientist', 'evangelist',
  'ceo', 'cfo', 'cto', 'coo', 'cmo', 'vp', 'svp', 'evp', 'member', 'members',
]);

/**
 * Surnames of people in the knowledge file that are also everyday English words ("Few programs",
 * "Bird flu", "a Store page"): alone, with no title and no introduction in the article, they are
 * the word, not the person.
 */
export const COMMON_WORD_SURNAMES = new Set([
  'few', 'bird', 'store', 'young', 'early', 'king', 'price', 'rice', 'long', 'hall', 'wood', 'stone', 'bell', 'field',
  'little', 'small', 'short', 'strong', 'hope', 'best', 'good', 'love', 'rich', 'gold', 'silver', 'black', 'white', 'green',
  'brown', 'gray', 'grey', 'moss', 'park', 'lane', 'hill', 'banks', 'brook', 'rivers', 'lake', 'marsh', 'moon',
  'star', 'snow', 'frost', 'winter', 'summer', 'spring', 'day', 'knight', 'bishop', 'pope', 'cook', 'baker', 'mason',
  'miller', 'turner', 'carpenter', 'fisher', 'hunter', 'walker', 'singer', 'chase', 'cash', 'bond', 'money', 'sharp',
  'swift', 'wise', 'rush', 'case', 'page', 'post', 'may', 'will', 'mark', 'guy', 'bass', 'fox', 'wolf', 'crow', 'lamb',
  'hare', 'drake', 'finch', 'swan', 'doctor', 'judge', 'major', 'noble', 'royal', 'power', 'powers', 'story', 'holiday',
  'english', 'french', 'welsh', 'irish', 'west', 'north', 'south', 'east', 'street', 'church', 'temple', 'castle', 'tower',
  'bridges', 'waters', 'burns', 'fields', 'woods', 'hills', 'stokes', 'sterling', 'ball', 'trout', 'salmon', 'heart',
]);

/** Capitalised words that, inside a run mid-sentence, make it a place or thing ("South China Sea", "New York"). */
export const PLACE_PREFIXES = new Set(['south', 'north', 'east', 'west', 'new', 'old', 'great', 'big', 'black', 'white', 'upper', 'lower', 'central', 'saint', 'st', 'san', 'santa', 'los', 'las', 'fort', 'mount', 'lake', 'port', 'cape']);

/** Prepositions of place: an unknown name right after one is more likely a place ("at Walter Reed"). */
export const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near', 'inside', 'outside', 'to', 'from', 'across']);

/** Words right after a surname that still leave the name a reference to the person ("the Obama administration"). */
export const PERSON_MODIFIERS = new Set(['administration', 'campaign', 'presidency', 'era', 'family']);

/** A few places that share their name with well-known people; alone, they are places. */
export const PLACE_NAMES = new Set([
  'washington', 'lincoln', 'jackson', 'houston', 'austin', 'madison', 'cleveland', 'jefferson', 'warren', 'lafayette',
  'columbus', 'dallas', 'denver', 'phoenix', 'charlotte', 'georgia', 'virginia', 'carolina', 'jordan', 'chad', 'israel',
  'kennedy', 'hamilton', 'franklin', 'monroe', 'raleigh', 'richmond', 'paris', 'sydney', 'victoria', 'florence', 'orlando',
  'albany', 'berkeley', 'fairfax', 'arlington', 'marshall', 'sherman', 'grant', 'logan', 'wayne', 'clinton',
]);

/** Verbs only people do, right after a name: "Tendai Moyo died on Sunday", "Moyo shrugged". */
export const PERSON_ONLY_VERBS: ReadonlySet<string> = new Set([
  'died', 'dies', 'thanked', 'shrugged', 'smiled', 'smiles', 'laughed', 'laughs', 'nodded', 'nods', 'sighed',
  'grinned', 'wept', 'resigned', 'retired', 'graduated', 'married', 'starred', 'stars', 'sang', 'sings', 'confessed',
]);

/** What only befalls people, after "was", "is" or "has been": "Moyo was arrested", "has been hospitalized" (a bare "was born" is how fiction tells it; `bornAfter` wants the year or place). */
export const PERSON_ONLY_PARTICIPLES: ReadonlySet<string> = new Set([
  'arrested', 'sentenced', 'jailed', 'imprisoned', 'detained', 'deported', 'murdered', 'stabbed', 'killed',
  'injured', 'wounded', 'hospitalized', 'hospitalised', 'elected', 'diagnosed', 'knighted', 'buried', 'kidnapped', 'ejected',
  'benched', 'drafted', 'waived', 'pardoned', 'paroled', 'sworn',
]);

/** Works only a person writes: "the novel by Tendai Moyo" ("a report by Reuters" names an agency). */
export const AUTHORED_WORKS: ReadonlySet<string> = new Set(['novel', 'novels', 'memoir', 'memoirs', 'poem', 'poems', 'essay', 'essays', 'biography', 'autobiography', 'op-ed']);

/**
 * Participles whose agent after "by" is a person: "written by", "led by", "coached by" ("owned by"
 * or "made by" may name a firm, and "photographed by" opens a credit).
 */
export const PERSON_AGENT_PARTICIPLES: ReadonlySet<string> = new Set([
  'written', 'co-written', 'reviewed', 'edited', 'directed', 'co-directed', 'illustrated', 'narrated', 'led', 'coached',
  'authored', 'co-authored', 'translated', 'curated', 'choreographed', 'painted', 'sculpted', 'composed',
]);

/** Words after a surname that tell one generation of a family from another ("Jr.", "Sr.", "III"). */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** The generations that show a name to be a person's: Roman numerals also close kings' names and the titles of games and albums ("Metroid Prime III"). */
export const PERSON_GENERATIONS: ReadonlySet<string> = new Set(['jr', 'sr']);

/** Reporting verbs and other signs that a lone capitalised word is a person acting in the sentence. */
export const PERSON_EVIDENCE_AFTER = new Set([
  'said', 'says', 'told', 'tells', 'added', 'wrote', 'writes', 'argued', 'argues', 'asked', 'explained', 'explains', 'noted',
  'insisted', 'insists', 'testified', 'testifies', 'tweeted', 'suggests', 'suggested', 'recalled', 'admitted', 'acknowledged',
]);

/** Lower-case role nouns right before a name mark it as a person ("his predecessor, Fiona Hill"). */
const ROLE_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'predecessor', 'successor', 'millionaire', 'billionaire', 'retiree', 'founder', 'co-founder', 'lawyer', 'attorney',
  'analyst', 'economist', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'wife', 'husband',
  'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'friend', 'colleague', 'author', 'researcher', 'professor',
  'director', 'secretary', 'chairman', 'chairwoman', 'center', 'forward', 'defenseman', 'goaltender', 'goalie', 'coach',
  'quarterback', 'pitcher', 'striker', 'midfielder', 'defender', 'winger', 'captain', 'teammate', 'candidate', 'rival',
  'challenger', 'correspondent', 'editor', 'writer', 'blogger', 'executive', 'ceo', 'official', 'officer', 'deputy',
  'employee', 'worker', 'rookie', 'veteran', 'rusher', 'receiver', 'linebacker', 'cornerback', 'guard', 'shortstop',
  'outfielder', 'infielder', 'catcher', 'reliever', 'priest', 'pastor', 'reporter', 'journalist',
  'columnist', 'photographer', 'producer', 'singer', 'rapper', 'actor', 'actress', 'comedian', 'musician', 'artist',
  'filmmaker', 'novelist', 'poet', 'historian', 'chef', 'owner', 'manager', 'nurse', 'doctor', 'physician', 'surgeon',
  'scientist', 'student', 'teacher', 'resident', 'neighbor', 'neighbour', 'victim', 'suspect', 'defendant', 'plaintiff',
  'witness', 'detective', 'investigator', 'prosecutor', 'lawmaker', 'legislator', 'congressman', 'congresswoman',
  'activist', 'entrepreneur', 'investor', 'cofounder', 'girlfriend', 'boyfriend', 'cousin', 'uncle', 'aunt', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'nephew', 'niece', 'strategist', 'consultant', 'pollster', 'lobbyist',
  'diplomat', 'negotiator', 'soldier', 'pilot', 'farmer', 'fisherman', 'prophet', 'advocate', 'leader', 'opponent',
  'member',
]);

/** Roles in sport, the arts, public office and shared work that stand before a name like the ones above ("swimmer Katie Ledecky", "the sculptor Anish Kapoor"). */
const MORE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'player', 'swimmer', 'runner', 'sprinter', 'golfer', 'skier', 'boxer', 'wrestler', 'jockey', 'skater', 'gymnast',
  'goalkeeper', 'keeper', 'diver', 'hitter', 'slugger', 'punter', 'kicker', 'referee', 'umpire', 'trainer', 'athlete',
  'olympian', 'star', 'co-author', 'coauthor', 'co-star', 'costar', 'co-host', 'cohost', 'anchor', 'architect',
  'engineer', 'programmer', 'mathematician', 'philosopher', 'sculptor', 'painter', 'composer', 'designer', 'inventor',
  'playwright', 'choreographer', 'illustrator', 'curator', 'astronaut', 'explorer', 'dancer', 'drummer', 'protester',
  'protestor', 'demonstrator', 'organizer', 'organiser', 'rancher', 'rabbi', 'imam', 'bishop', 'sheriff', 'trooper',
  'sergeant', 'commissioner', 'ambassador', 'minister', 'nominee', 'staffer', 'donor', 'heir', 'heiress', 'governor',
  'mayor', 'senator', 'judge', 'realtor', 'broker', 'landlord', 'homeowner', 'model', 'influencer',
  'president', 'principal', 'head', 'chancellor', 'premier', 'treasurer', 'councillor', 'councilor', 'alderman', 'trustee',
  'superintendent', 'warden', 'chaplain', 'roommate', 'housemate', 'flatmate', 'footballer', 'cricketer', 'driver', 'racer',
  'cyclist', 'rider', 'frontman', 'frontwoman', 'songwriter', 'vocalist', 'host', 'presenter', 'broadcaster', 'commentator',
  'pundit', 'welder', 'firefighter', 'paramedic', 'midwife', 'auctioneer', 'collector', 'bidder', 'conductor', 'soprano', 'tenor',
  'baritone', 'mezzo-soprano', 'screenwriter', 'cosmonaut', 'forecaster', 'mediator', 'grower', 'winemaker', 'vintner', 'brewer',
  'barista', 'bartender', 'cashier', 'clerk', 'janitor', 'coroner', 'marshal', 'inmate', 'prisoner', 'detainee', 'refugee',
  'migrant', 'juror', 'magistrate', 'solicitor', 'barrister', 'paralegal', 'bailiff', 'batter', 'batsman', 'bowler', 'spinner',
  'all-rounder', 'wicketkeeper', 'skipper', 'fullback', 'caddie', 'playmaker', 'centre-back', 'center-back', 'lineman', 'freshman',
  'sophomore', 'alumnus', 'alumna', 'intern', 'apprentice', 'volunteer', 'caregiver', 'tenant', 'renter', 'shopper', 'commuter',
  'motorist', 'pedestrian', 'passenger', 'hiker', 'climber', 'survivor', 'widower', 'comptroller', 'auditor', 'inspector',
  'supervisor', 'foreman', 'technician', 'mechanic', 'electrician', 'plumber', 'miner', 'trucker', 'co-pilot', 'copilot',
  'dispatcher', 'statistician', 'demographer', 'lecturer', 'provost', 'incumbent', 'contender', 'frontrunner', 'front-runner',
  'chief',
]);

/** Kin only a person has: "Oderan's wife, Lena" shows Oderan to be a person, "my wife, Lena" Lena. */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'sons', 'daughters', 'mother', 'father', 'parents', 'brother',
  'sister', 'girlfriend', 'boyfriend', 'fiancée', 'fiancee', 'fiancé', 'fiance', 'grandmother', 'grandfather', 'stepfather',
  'stepmother', 'nephew', 'niece', 'uncle', 'aunt', 'mom', 'dad', 'partner', 'spouse', 'cousin', 'grandson', 'granddaughter',
  'stepson', 'stepdaughter', 'sister-in-law', 'brother-in-law', 'mother-in-law', 'father-in-law', 'son-in-law', 'daughter-in-law',
  'child', 'children', 'kids', 'grandchildren',
]);

/**
 * First names of someone in the knowledge file that are everyday words before a capitalised one
 * ("Gay Firefox developers", "Royal Navy", "Young Republicans"): no evidence of a person. Names
 * people mostly bear ("Major Applewhite", "Dean Heller", "Hunter Biden") are not listed.
 */
export const EVERYDAY_WORD_FIRST_NAMES: ReadonlySet<string> = new Set([
  'gay', 'will', 'rich', 'young', 'king', 'noble', 'royal', 'price', 'faith', 'joy', 'pleasant', 'page', 'bishop', 'wells',
  'fisher', 'august', 'april', 'june',
]);

/** Words in -ist that are no profession ("insist", "playlist"). */
const NOT_IST_ROLES: ReadonlySet<string> = new Set([
  'insist', 'assist', 'resist', 'persist', 'consist', 'desist', 'subsist', 'exist', 'coexist', 'enlist', 'twist', 'wrist',
  'heist', 'playlist', 'checklist', 'wishlist', 'waitlist', 'shortlist', 'longlist', 'blacklist', 'whitelist', 'setlist',
  'tracklist', 'watchlist', 'hitlist', 'booklist',
]);
const IST_PROFESSION = /^[a-z][a-z-]{3,}ist$/;

/**
 * A lower-case noun naming what a person does, right before or around a name: the words above,
 * and professions in -ist ("pianist", "epidemiologist", "columnist"), which are too many to list.
 */
export function isRoleNoun(lower: string): boolean {
  if (ROLE_NOUNS_BEFORE.has(lower) || MORE_ROLE_NOUNS.has(lower)) return true;
  return IST_PROFESSION.test(lower) && !NOT_IST_ROLES.has(lower);
}

/** Words set off by a comma right after a name that only people carry ("Katie Allen, MD,", "Ana Ruiz, CEO of"). */
export const PERSON_APPOSITIVE_TITLES = new Set([
  'md', 'phd', 'dds', 'rn', 'esq', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder', 'chairman',
  'chairwoman', 'president', 'director', 'professor', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** Plural nouns after a list of capitalised names that make every one of them a place ("Barry and Cass counties"). */
/**
 * Nouns a place name stands before as a modifier: "Ferguson police", "Portland city council",
 * "Mesa schools". A lone capitalised word before one of them is the town, not a person.
 */
export const PLACE_MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  'police', 'city', 'county', 'council', 'school', 'schools', 'fire', 'sheriff', 'sheriff\'s', 'hospital', 'airport',
  'station', 'residents', 'officials', 'authorities', 'suburb', 'area', 'mayor', 'district', 'neighborhood', 'neighbourhood',
]);

export const PLACE_PLURALS = new Set([
  'counties', 'states', 'provinces', 'cities', 'towns', 'townships', 'villages', 'islands', 'rivers', 'parishes',
  'districts', 'regions', 'countries', 'streets', 'avenues', 'mountains', 'lakes', 'boroughs',
]);

/** Common given names, so that people missing from the knowledge file still read as people. */
export const COMMON_GIVEN_NAMES = new Set([
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher', 'daniel',
  'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin', 'brian', 'george',
  'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan', 'stephen',
  'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'gregory', 'frank', 'alexander', 'raymond', 'patrick',
  'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam', 'nathan', 'henry', 'douglas', 'zachary', 'peter', 'kyle',
  'walter', 'ethan', 'jeremy', 'harold', 'keith', 'christian', 'roger', 'noah', 'gerald', 'carl', 'terry', 'sean', 'austin',
  'arthur', 'lawrence', 'jesse', 'dylan', 'bryan', 'joe', 'jordan', 'billy', 'bruce', 'albert', 'willie', 'gabriel', 'logan',
  'alan', 'juan', 'wayne', 'roy', 'ralph', 'randy', 'eugene', 'vincent', 'russell', 'elijah', 'louis', 'bobby', 'philip',
  'johnny', 'tom', 'jim', 'bill', 'bob', 'mike', 'dave', 'steve', 'chris', 'matt', 'dan', 'tim', 'ted', 'ben', 'sam', 'nick',
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy', 'lisa',
  'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol', 'amanda', 'melissa',
  'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy', 'shirley', 'angela', 'helen', 'anna',
  'brenda', 'pamela', 'nicole', 'emma', 'samantha', 'katherine', 'christine', 'debra', 'rachel', 'catherine', 'carolyn',
  'janet', 'ruth', 'maria', 'heather', 'diane', 'virginia', 'julie', 'joyce', 'victoria', 'olivia', 'kelly', 'christina',
  'lauren', 'joan', 'evelyn', 'judith', 'megan', 'cheryl', 'andrea', 'hannah', 'martha', 'jacqueline', 'frances', 'gloria',
  'ann', 'teresa', 'kathryn', 'sara', 'janice', 'jean', 'alice', 'madison', 'doris', 'abigail', 'julia', 'judy', 'grace',
  'denise', 'amber', 'marilyn', 'beverly', 'danielle', 'theresa', 'sophia', 'marie', 'diana', 'brittany', 'natalie', 'isabella',
  'charlotte', 'rose', 'alexis', 'kayla', 'kate', 'jane', 'hillary', 'kamala', 'barack', 'mitch', 'chuck',
  'bernie', 'pete', 'ron', 'greg', 'jay', 'lindsey', 'marco', 'rand', 'mitt', 'al', 'hunter', 'rudy',
  'vladimir', 'xi', 'emmanuel', 'boris', 'narendra', 'recep', 'kim', 'mohammed',
  'muhammad', 'ali', 'ahmed', 'carlos', 'luis', 'miguel', 'ana', 'pedro', 'jorge', 'elon', 'jeff', 'warren', 'tony',
  'lynn', 'kay', 'lee', 'dale', 'glenn', 'dean', 'ray', 'wade', 'troy', 'lane', 'joy', 'faith', 'hope', 'june',
  'april', 'dawn', 'summer', 'autumn', 'ivy', 'iris', 'daisy', 'lily', 'ruby', 'pearl', 'kali', 'tommy', 'fiona', 'julian',
  'zach', 'devan', 'jonas', 'casey', 'caroline', 'sajid', 'beto', 'hogan', 'gordon', 'rick', 'ian', 'leif', 'grant',
]);
