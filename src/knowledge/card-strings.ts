/**
 * Every word a card shows, in one module, so the strings can move to `browser.i18n` in one step.
 * Numbers and dates are formatted with `Intl` in `CARD_LOCALE`.
 */

/** The locale of the card strings; numbers and dates follow it so a card never mixes languages. */
export const CARD_LOCALE = 'en-US';

export const KIND_LABELS = { person: 'Person', statute: 'Law', statistic: 'Statistic' } as const;

export const STRINGS = {
  notInKnowledgePerson: 'Not in Footnote’s knowledge file: what this card says comes from the article.',
  notInKnowledgeStatute: 'Footnote has no entry for this provision.',
  otherRoles: 'Other roles',
  penalties: 'Penalties',
  related: 'Related',
  sources: 'Sources',
  officialText: 'Read the official text',
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied',
  copyFailed: 'Could not copy: select the citation and copy it by hand',
  scrollCue: 'Scroll for more',
  close: 'Close',
  context: 'Context',
} as const;

export const say = {
  describedAs: (description: string): string => `Described here as “${description}”.`,
  mentioned: (times: string): string => `Mentioned ${times} in this article.`,
  alsoKnownAs: (names: string): string => `Also known as: ${names}`,
  born: (year: number): string => `born ${year}`,
  former: (label: string): string => `Former ${label}`,
  acting: (label: string): string => `Acting ${label}`,
  later: (role: string): string => `later ${role}`,
  now: (role: string): string => `now ${role}`,
  againSince: (year: string): string => `again since ${year}`,
  present: 'present',
  termSince: (year: string): string => `current term since ${year}`,
  until: (year: string): string => `until ${year}`,
  asOf: (what: string, date: string): string => `${what} as of ${date}.`,
  asOfStale: (what: string, date: string): string => `${what} as of ${date}; may have changed.`,
  currentRole: 'Current role',
  roleData: 'Role data',
  sourceLine: (publisher: string, date: string): string => `${publisher}, ${date}`,
  sourceAsOf: (date: string): string => `, as of ${date}`,
} as const;

/** The words of statistic cards. */
export const sayStat = {
  periods: { fiscal: 'fiscal years', quarters: 'quarters', years: 'years' },
  sideYear: (year: string): string => `the article’s figure is for ${year}`,
  sideUndated: 'the article gives no year',
  sideUndatedPublished: (year: string): string => `the article gives no year; it was published in ${year}`,
  sideRecord: 'the article calls it a record',
  valueIn: (value: string, period: string): string => `${value} in ${period}`,
  same: (period: string, side: string): string => `The same as the official figure for ${period} (${side}).`,
  aboutSame: (theirs: string, official: string, change: string, side: string): string =>
    `About the same as the official figure: ${theirs} against ${official} (${change}; ${side}).`,
  differs: (size: string, higher: boolean, theirs: string, official: string, side: string): string =>
    `${size} ${higher ? 'higher' : 'lower'} than the official figure: ${theirs} against ${official} (${side}).`,
  place: (rank: number, ordinal: string): string => (rank === 1 ? 'the highest' : `the ${ordinal} highest`),
  rank: (period: string, place: string, count: number, periods: string, first: string, last: string): string =>
    `${period} is ${place} of ${count} ${periods} on record (${first}–${last})`,
  extremeUpToThen: (higher: boolean): string => (higher ? 'the highest up to then' : 'the lowest up to then'),
  extremeSince: (higher: boolean, period: string): string => `${higher ? 'highest' : 'lowest'} since ${period}`,
  percentagePoints: (points: string): string => `${points} percentage points`,
  change: (period: string, value: string, change: string): string => `Change from ${period} (${value}): ${change}.`,
  sparkCaption: (span: string, low: string, lowPeriod: string, high: string, highPeriod: string): string =>
    `${span} · low ${low} (${lowPeriod}) · high ${high} (${highPeriod})`,
  sparkLabel: (name: string, span: string, marked: string | null): string => `${name}, ${span}${marked ? `, ${marked} marked` : ''}`,
  todaysDollars: (amount: string, year: number, from: number, publisher: string): string =>
    `About ${amount} in ${year} dollars (prices from ${from} to ${year}, CPI-U, ${publisher}).`,
  federalOutlays: 'federal outlays',
  usGdp: 'U.S. GDP',
  shareOf: (share: string, what: string, period: string, base: string, publisher: string): string =>
    `${share} of ${what} in ${period} (${base}, ${publisher}).`,
  perResidents: (rate: string, population: string, period: string, publisher: string): string =>
    `About ${rate} per 100,000 U.S. residents (population ${population} in ${period}, ${publisher}).`,
  kinds: {
    percent: 'A percentage',
    share: 'A share',
    multiple: 'A multiple',
    money: 'An amount of money',
    duration: 'A length of time',
    count: 'A count',
    number: 'A number',
  },
  kindOf: (kind: string, counted: string): string => `${kind} of ${counted}`,
  kindFor: (kind: string, purpose: string): string => `${kind} (${purpose})`,
  unmatched: (what: string, given: string): string => `${what}, given in the article as ${given}; Footnote has no official series to compare it with.`,
  officialHeadline: (period: string, value: string): string => `Official figure, ${period}: ${value}`,
} as const;
