import { normalizeKey } from '../../src/core/text-normalize';
import type { Act, ConstitutionProvision, Source, Statute, UscTitle } from '../../src/knowledge/schema';
import { asArray, asRecord, optString } from './data-files';
import { slug } from './names';
import { compareStrings, uniqueSorted } from './stable-json';
import type { Crosswalk } from './statutes-usc';
import { itemAt } from '../../src/core/item-at';

function strings(value: unknown, what: string): string[] {
  return asArray(value ?? [], what).map((v) => String(v));
}

function keys(values: string[]): string[] {
  return uniqueSorted(values.map(normalizeKey));
}

/** The shared source entries a curated file declares under `sources:`. */
export function readSources(raw: unknown): Record<string, Source> {
  const r = asRecord(raw, 'sources');
  const out: Record<string, Source> = {};
  for (const id of Object.keys(r).sort(compareStrings)) {
    const s = asRecord(r[id], id);
    const source: Source = { publisher: optString(s.publisher) ?? '', url: optString(s.url) ?? '', asOf: optString(s.asOf) ?? '' };
    const title = optString(s.title);
    if (title) source.title = title;
    out[id] = source;
  }
  return out;
}

export function readStatutes(raw: unknown, warn: (line: string) => void, usc: Record<string, UscTitle>): Statute[] {
  const root = asRecord(raw, 'statutes.yaml');
  return asArray(root.statutes, 'statutes')
    .map((entry) => {
      const r = asRecord(entry, 'statute');
      const title = String(r.title);
      const section = String(r.section);
      if (usc[title]?.sections[section] === undefined) warn(`statute ${title} U.S.C. ${section} is not in the Code headings`);
      const labels = strings(r.popularNames, 'popularNames');
      return {
        id: `usc:${title}:${section}`,
        title,
        section,
        summary: optString(r.summary) ?? '',
        penalties: strings(r.penalties, 'penalties'),
        popularNames: labels.map(normalizeKey),
        popularNameLabels: labels,
        related: strings(r.related, 'related'),
        sources: r.sources === undefined ? ['olrc-uscode'] : strings(r.sources, 'sources'),
      };
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}

export function readActs(
  raw: unknown,
  walks: Crosswalk[],
  usc: Record<string, UscTitle>,
  warn: (line: string) => void,
): Act[] {
  const root = asRecord(raw, 'acts.yaml');
  const acts = asArray(root.acts, 'acts').map((entry): Act => {
    const r = asRecord(entry, 'act');
    const name = optString(r.name) ?? '';
    const title = optString(r.uscTitle);
    const section = optString(r.uscSection);
    if (title !== null && usc[title] === undefined) warn(`act "${name}": title ${title} is not in the Code data`);
    if (title !== null && section !== null && usc[title]?.sections[section] === undefined) {
      warn(`act "${name}": ${title} U.S.C. ${section} is not in the Code headings`);
    }
    const walkName = optString(r.crosswalk);
    const walk = walkName === null ? undefined : walks.find((w) => w.actName === walkName);
    if (walkName !== null && walk === undefined) warn(`act "${name}": no crosswalk named "${walkName}"`);
    const year = typeof r.year === 'number' ? r.year : null;
    const shortName = optString(r.shortName);
    const displayName = optString(r.display);
    return {
      id: `act:${optString(r.id) ?? slug(name)}`,
      name,
      ...(displayName ? { displayName } : {}),
      ...(shortName ? { shortName } : {}),
      aliases: keys([name, ...(displayName ? [displayName] : []), ...strings(r.aliases, 'aliases')]),
      publicLaw: optString(r.publicLaw),
      year,
      usc: title === null ? null : { title, section },
      summary: optString(r.summary),
      ...(walk ? { crosswalk: walk.map, crosswalkTitle: walk.title } : {}),
      // The act-section → Code-section mappings come from the crosswalk tables: cite them too.
      sources: uniqueSorted([...(r.sources === undefined ? ['olrc-popular-names'] : strings(r.sources, 'sources')), ...(walk ? ['uscode-crosswalks'] : [])]),
    };
  });
  for (const walk of walks) {
    if (!acts.some((a) => a.crosswalk !== undefined && a.crosswalkTitle === walk.title && a.crosswalk === walk.map)) {
      warn(`crosswalk "${walk.actName}" is attached to no act`);
    }
  }
  return acts.sort((a, b) => compareStrings(a.id, b.id));
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII', 'XXIV', 'XXV', 'XXVI', 'XXVII'];
const ORDINAL_WORDS = ['', 'First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth', 'Twenty-first', 'Twenty-second', 'Twenty-third', 'Twenty-fourth', 'Twenty-fifth', 'Twenty-sixth', 'Twenty-seventh'];

function numberSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Every way a reader meets the provision: "First Amendment", "1st Amendment", "Amendment I", "Article II". */
function provisionAliases(kind: 'article' | 'amendment', n: number): string[] {
  const roman = itemAt(ROMAN, n);
  if (kind === 'article') return [`Article ${roman}`, `Article ${n}`, `Art. ${roman}`, `Art. ${n}`];
  const word = itemAt(ORDINAL_WORDS, n);
  return [
    `${word} Amendment`,
    `${n}${numberSuffix(n)} Amendment`,
    `Amendment ${roman}`,
    `Amendment ${n}`,
    `${word.replace('-', ' ')} Amendment`,
  ];
}

export function readConstitution(raw: unknown): ConstitutionProvision[] {
  const root = asRecord(raw, 'constitution.yaml');
  const out: ConstitutionProvision[] = [];
  for (const kind of ['article', 'amendment'] as const) {
    const list = asArray(root[kind === 'article' ? 'articles' : 'amendments'], kind);
    list.forEach((entry, i) => {
      const r = asRecord(entry, kind);
      const n = i + 1;
      const roman = itemAt(ROMAN, n);
      out.push({
        id: `const:${kind === 'article' ? 'art' : 'amend'}:${n}`,
        kind,
        number: n,
        name: kind === 'article' ? `Article ${roman}` : `${ORDINAL_WORDS[n]} Amendment`,
        citation: kind === 'article' ? `U.S. Const. art. ${roman}` : `U.S. Const. amend. ${roman}`,
        aliases: keys([...provisionAliases(kind, n), ...strings(r.aliases, 'aliases')]),
        summary: optString(r.summary) ?? '',
        year: typeof r.year === 'number' ? r.year : null,
        sources: [`conan:${kind}-${n}`],
      });
    });
  }
  return out;
}
