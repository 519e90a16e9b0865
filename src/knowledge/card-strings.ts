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
  fromArticle: 'From the article',
  officialFigure: 'Official figure',
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
  until: (year: string): string => `until ${year}`,
  asOf: (what: string, date: string): string => `${what} as of ${date}.`,
  asOfStale: (what: string, date: string): string => `${what} as of ${date}; may have changed.`,
  currentRole: 'Current role',
  roleData: 'Role data',
  sourceLine: (publisher: string, date: string): string => `${publisher}, ${date}`,
  sourceAsOf: (date: string): string => `, as of ${date}`,
} as const;
