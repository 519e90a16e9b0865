/**
 * Two ways news copy refers to an act without writing its capitalised name: the initials the
 * article gives it ("the National Defense Authorization Act ... the NDAA") and a year-led name in
 * lower case ("the 2010 NASA authorization act").
 */

/** Words an act's initials may skip ("Americans with Disabilities Act" is the ADA). */
const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'to', 'in', 'with', 'a', '&']);

/**
 * The initialisms an act's name can go by: every word's initial, and the initials without the
 * small words ("Freedom of Information Act": FOIA and FIA). Needs three words or more: two
 * initials are too often something else.
 */
export function actInitialisms(name: string): string[] {
  const words = name.replace(/\s+of\s+\d{4}$/, '').split(/[\s-]+/).filter((w) => /^[\p{L}&]/u.test(w));
  if (words.length < 3) return [];
  const all = words.map((w) => w[0]?.toUpperCase() ?? '').join('');
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => w[0]?.toUpperCase() ?? '').join('');
  return [...new Set([all, content])].filter((i) => i.length >= 3 && /^[A-Z]+$/.test(i));
}

const SPONSORS = /^(\p{Lu}[\p{L}']+(?:-\p{Lu}[\p{L}']+)+)\s/u;
/** Prefixes of hyphenated words ("Anti-Money Laundering Act"): no sponsor is called "Anti". */
const WORD_PREFIXES: ReadonlySet<string> = new Set(['anti', 'non', 'pro', 'pre', 'post', 'multi', 'inter', 'cross', 'self', 'co', 'counter', 'trans', 'semi', 'super', 'sub', 'mid', 're']);

/** "Capper-Volstead" for "Capper-Volstead Act": the hyphenated sponsors' names an act opens with. */
export function sponsorNames(name: string): string | null {
  const first = SPONSORS.exec(name)?.[1];
  if (first === undefined || WORD_PREFIXES.has((first.split('-')[0] ?? '').toLowerCase())) return null;
  return first;
}

/** Lower-case words that may stand in a year-led act's name: what the law is for. */
const LAW_PURPOSE_WORDS = new Set([
  'authorization', 'reauthorization', 'appropriations', 'appropriation', 'reform', 'relief', 'security', 'protection',
  'funding', 'spending', 'budget', 'omnibus', 'stimulus', 'recovery', 'farm', 'highway', 'defense', 'education', 'health',
  'energy', 'privacy', 'immigration', 'tax', 'trade', 'transportation', 'infrastructure', 'rights', 'safety', 'water', 'air',
  'intelligence', 'banking', 'housing', 'welfare', 'voting', 'election', 'elections', 'labor', 'patent', 'copyright',
]);

/**
 * "2010 NASA authorization act": a year, a capitalised word, then purpose words (or more
 * capitalised words), then "act" in lower case. "In 2010 Congress voted to act" is not one.
 */
const YEAR_LED_ACT = /\b(?:1[789]\d\d|20\d\d)\s+((?:[A-Za-z][\w.'-]*\s+){1,4})act\b/g;

export interface YearLedAct {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

export function yearLedActs(text: string): YearLedAct[] {
  if (!text.includes(' act')) return [];
  const found: YearLedAct[] = [];
  for (const m of text.matchAll(YEAR_LED_ACT)) {
    const words = (m[1] as string).trim().split(/\s+/);
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
    const rest = words.filter((w) => !/^\p{Lu}/u.test(w));
    if (capitalised.length === 0 || !/^\p{Lu}/u.test(words[0] as string)) continue;
    if (rest.length === 0 ? capitalised.length < 2 : !rest.every((w) => LAW_PURPOSE_WORDS.has(w.toLowerCase()))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  }
  return found;
}
