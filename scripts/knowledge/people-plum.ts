import type { OfficeKind } from '../../src/knowledge/schema';
import { asArray, asRecord, optString, type DataDir } from './data-files';
import { nameCase, slug, SHORT_FORMS } from './names';
import { isoDate, type DraftRole, type PersonDraft } from './person-draft';

const SOURCE = 'opm-plum';

interface PositionRule {
  agency: string;
  title: RegExp;
  label: string;
  office: OfficeKind;
  words: string[];
}

interface NamedRow {
  first: string;
  last: string;
}

export interface PlumRules {
  positions: PositionRule[];
  stale: NamedRow[];
  acting: NamedRow[];
}

export function readPlumRules(raw: unknown): PlumRules {
  const r = asRecord(raw, 'plum-positions.yaml');
  const named = (list: unknown): NamedRow[] =>
    asArray(list ?? [], 'names').map((e) => {
      const x = asRecord(e, 'name');
      return { first: (optString(x.first) ?? '').toUpperCase(), last: (optString(x.last) ?? '').toUpperCase() };
    });
  return {
    positions: asArray(r.positions, 'positions').map((e) => {
      const x = asRecord(e, 'position');
      return {
        agency: optString(x.agency) ?? '',
        title: new RegExp(optString(x.title) ?? '^$'),
        label: optString(x.label) ?? '',
        office: (optString(x.office) ?? 'official') as OfficeKind,
        words: asArray(x.words ?? [], 'words').map((w) => String(w)),
      };
    }),
    stale: named(r.stale),
    acting: named(r.acting),
  };
}

function clean(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function matches(list: NamedRow[], first: string, last: string): boolean {
  return list.some((n) => n.first === first.toUpperCase() && n.last === last.toUpperCase());
}

/** Cabinet members and agency heads, with former incumbents the export still lists. */
export function plumPeople(data: DataDir, rules: PlumRules): PersonDraft[] {
  const byName = new Map<string, PersonDraft>();
  for (const row of data.csvRecords('opm-plum/plum-book-export.csv')) {
    if (clean(row.PositionStatus) !== 'Filled') continue;
    const agency = clean(row.AgencyName);
    const title = clean(row.PositionTitle).toUpperCase();
    const rule = rules.positions.find((p) => p.agency === agency && p.title.test(title));
    if (rule === undefined) continue;
    const firstRaw = clean(row.IncumbentFirstName);
    const lastRaw = clean(row.IncumbentLastName);
    if (firstRaw === '' || lastRaw === '' || matches(rules.stale, firstRaw, lastRaw)) continue;
    const first = nameCase(firstRaw.toUpperCase());
    const last = nameCase(lastRaw.toUpperCase());
    const name = `${first} ${last}`;
    const end = isoDate(row.IncumbentVacateDate);
    const acting = matches(rules.acting, firstRaw, lastRaw);
    const role: DraftRole = {
      title: rule.label,
      place: null,
      label: acting ? `Acting ${rule.label}` : rule.label,
      office: rule.office,
      party: null,
      start: isoDate(row.IncumbentBeginDate),
      end,
      current: end === null,
      ...(acting ? { acting: true } : {}),
      source: SOURCE,
    };
    const id = `plum:${slug(name)}`;
    const existing = byName.get(id);
    if (existing) {
      if (!existing.roles.some((r) => r.label === role.label && r.start === role.start)) existing.roles.push(role);
      existing.contextExtra.push(...rule.words);
      continue;
    }
    const shortForms = SHORT_FORMS[first.toLowerCase().split(' ')[0] ?? ''] ?? [];
    byName.set(id, {
      id,
      name,
      altNames: shortForms.map((s) => `${s} ${last}`),
      surname: last,
      firstName: first,
      birthYear: null,
      roles: [role],
      sources: [SOURCE],
      contextExtra: [...rule.words],
      mergeable: true,
    });
  }
  return [...byName.values()];
}
