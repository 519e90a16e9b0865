import type { OfficeKind } from '../../src/knowledge/schema';
import { asArray, asRecord, optString, type DataDir } from './data-files';
import { nameCase, slug, SHORT_FORMS, titleCase } from './names';
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

/** Appointment types that mean the incumbent was appointed to the position itself (by the President, with or without the Senate). */
const PRESIDENTIAL_APPOINTMENT = 'PAS';
/** Titles of a second post that do not make the first an acting one (a Fed chair is also a board member). */
const CONCURRENT_TITLE = /\bMEMBER\b/;

function rowKey(row: Record<string, string>): string {
  return `${clean(row.IncumbentFirstName).toUpperCase()} ${clean(row.IncumbentLastName).toUpperCase()}`;
}

/** "DEPUTY SECRETARY OF ENERGY" → "Deputy Secretary of Energy"; a title that does not name its agency gets it. */
function postLabel(title: string, agency: string): string {
  const t = titleCase(title).replace(/\bUnited States\b/g, 'U.S.');
  return /,| of /i.test(title) ? t : `${t}, ${titleCase(agency)}`;
}

/**
 * Cabinet members and agency heads, with former incumbents the export still lists. The export
 * never says "acting"; it shows it two ways, both read here: the row of a Senate-confirmed post
 * carries another appointment type (a career or non-career SES officer filling in), or the
 * incumbent still holds another post of their own (a deputy running the agency). The other post
 * becomes a role too, so a deputy is never shown only as the principal.
 */
export function plumPeople(data: DataDir, rules: PlumRules): PersonDraft[] {
  const rows = data.csvRecords('opm-plum/plum-book-export.csv').filter((row) => clean(row.PositionStatus) === 'Filled');
  const ownPosts = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    if (isoDate(row.IncumbentVacateDate) !== null) continue;
    ownPosts.set(rowKey(row), [...(ownPosts.get(rowKey(row)) ?? []), row]);
  }
  const byName = new Map<string, PersonDraft>();
  for (const row of rows) {
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
    const otherPosts = (ownPosts.get(rowKey(row)) ?? []).filter((o) => clean(o.PositionTitle).toUpperCase() !== title && !CONCURRENT_TITLE.test(clean(o.PositionTitle).toUpperCase()));
    const acting = matches(rules.acting, firstRaw, lastRaw) || clean(row.AppointmentTypeDescription) !== PRESIDENTIAL_APPOINTMENT || otherPosts.length > 0;
    const roles: DraftRole[] = [
      {
        title: acting ? `Acting ${rule.label}` : rule.label,
        place: null,
        label: acting ? `Acting ${rule.label}` : rule.label,
        office: rule.office,
        party: null,
        start: isoDate(row.IncumbentBeginDate),
        end,
        current: end === null,
        ...(acting ? { acting: true } : {}),
        source: SOURCE,
      },
      ...otherPosts.map((o): DraftRole => ({
        title: postLabel(clean(o.PositionTitle).toUpperCase(), clean(o.AgencyName)),
        place: null,
        label: postLabel(clean(o.PositionTitle).toUpperCase(), clean(o.AgencyName)),
        office: 'official',
        party: null,
        start: isoDate(o.IncumbentBeginDate),
        end: null,
        current: true,
        source: SOURCE,
      })),
    ];
    const id = `plum:${slug(name)}`;
    const existing = byName.get(id);
    if (existing) {
      for (const role of roles) if (!existing.roles.some((r) => r.label === role.label && r.start === role.start)) existing.roles.push(role);
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
      roles,
      sources: [SOURCE],
      contextExtra: [...rule.words],
      mergeable: true,
    });
  }
  return [...byName.values()];
}
