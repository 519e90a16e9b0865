import type { OfficeKind, Source } from '../../src/knowledge/schema';
import { asArray, asRecord, optString } from './data-files';
import { slug } from './names';
import { heldAt, type DraftRole, type PersonDraft } from './person-draft';

interface CuratedSourceRef {
  id: string;
  source: Source;
}

/** Our own entries: people none of the datasets has, and facts they lack about people they have. */
export interface CuratedPeople {
  people: PersonDraft[];
  /** Extra display names for generated records, by id or by merge name. */
  extraNames: Map<string, string[]>;
  /** Display-name corrections for generated records (legal name in data, known name in news). */
  renames: Map<string, string>;
  sources: CuratedSourceRef[];
}

function readSource(raw: unknown, fallbackId: string): CuratedSourceRef {
  const r = asRecord(raw, 'source');
  const source: Source = {
    publisher: optString(r.publisher) ?? '',
    url: optString(r.url) ?? '',
    asOf: optString(r.asOf) ?? '',
  };
  const title = optString(r.title);
  if (title) source.title = title;
  return { id: optString(r.id) ?? fallbackId, source };
}

export function readCuratedPeople(raw: unknown): CuratedPeople {
  const root = asRecord(raw, 'people.yaml');
  const sources: CuratedSourceRef[] = [];
  const people = asArray(root.people, 'people').map((entry) => {
    const r = asRecord(entry, 'curated person');
    const name = optString(r.name) ?? '';
    const id = `cur:${slug(name)}`;
    const src = readSource(r.source, `cur:${slug(name)}`);
    sources.push(src);
    const asOf = src.source.asOf;
    const roles: DraftRole[] = asArray(r.roles, `${name} roles`).map((roleRaw) => {
      const x = asRecord(roleRaw, 'role');
      const end = optString(x.end);
      const label = optString(x.label) ?? '';
      return {
        title: optString(x.title) ?? label,
        place: optString(x.place),
        label,
        office: (optString(x.office) ?? 'official') as OfficeKind,
        party: optString(x.party),
        start: optString(x.start),
        end,
        current: x.current === false ? false : heldAt(end, asOf),
        ...(x.acting === true ? { acting: true } : {}),
        source: src.id,
      };
    });
    const words = asArray(r.words ?? [], 'words').map(String);
    const birthYear = typeof r.birthYear === 'number' ? r.birthYear : null;
    const surname = optString(r.surname) ?? name.split(' ').filter((w) => !/^(Jr\.|Sr\.|II|III)$/.test(w)).slice(-1)[0] ?? null;
    const summary = optString(r.summary);
    const formalName = optString(r.formalName);
    const party = optString(r.party);
    return {
      id,
      name,
      altNames: asArray(r.aliases ?? [], 'aliases').map(String),
      surname,
      firstName: optString(r.first) ?? name.split(' ')[0] ?? '',
      birthYear,
      roles,
      sources: [src.id],
      ...(summary ? { summary } : {}),
      ...(formalName ? { formalName } : {}),
      ...(party ? { party } : {}),
      contextExtra: words,
      mergeable: true,
      ...(typeof r.sameAs === 'string' ? { sameAs: r.sameAs } : {}),
    } satisfies PersonDraft & { sameAs?: string };
  });
  const extraNames = new Map<string, string[]>();
  const renames = new Map<string, string>();
  for (const entry of asArray(root.names ?? [], 'names')) {
    const r = asRecord(entry, 'name fix');
    const key = optString(r.id) ?? '';
    const aliases = asArray(r.aliases ?? [], 'aliases').map(String);
    if (aliases.length > 0) extraNames.set(key, aliases);
    const display = optString(r.display);
    if (display) renames.set(key, display);
  }
  return { people, extraNames, renames, sources };
}
