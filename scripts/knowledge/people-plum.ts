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

/** Organisations that are a department's own front office: a post there is the department's. */
const FRONT_OFFICE = /^(?:OFFICE OF THE|IMMEDIATE OFFICE)\b/;

/**
 * "DEPUTY SECRETARY OF ENERGY" → "Deputy Secretary of Energy"; a title that does not name its
 * organisation gets it: the component it sits in ("Deputy Commissioner, U.S. Customs and Border
 * Protection"), or the department for its front office.
 */
export function postLabel(title: string, agency: string, organization = ''): string {
  const t = titleCase(title).replace(/\bUnited States\b/g, 'U.S.');
  if (/,| of /i.test(title)) return t;
  const where = organization !== '' && !FRONT_OFFICE.test(organization) ? organization : agency;
  return `${t}, ${titleCase(where.replace(/\bU\.S\.(?=\s)/g, 'UNITED STATES')).replace(/\bUnited States\b/g, 'U.S.')}`;
}

const EXECUTIVE_LEVEL = /^(I|II|III|IV|V)$/;
const LEVEL_RANK: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

function positionKey(row: Record<string, string>): string {
  return `${clean(row.AgencyName)}|${clean(row.PositionTitle).toUpperCase()}`;
}

/**
 * Executive Schedule level of each position (I = cabinet), from any row of it: a filled row often
 * gives the incumbent's salary instead, while the vacant or earlier rows of the same post give
 * the level.
 */
export function positionLevels(rows: readonly Record<string, string>[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const row of rows) {
    const level = clean(row.LevelGradePay);
    if (EXECUTIVE_LEVEL.test(level)) levels.set(positionKey(row), Math.min(levels.get(positionKey(row)) ?? Infinity, LEVEL_RANK[level] ?? Infinity));
  }
  return levels;
}

/**
 * Which of two posts one person holds at once is their own: a post at a higher Executive Schedule
 * level in another agency is (a trade representative also running the ethics office holds the
 * ethics post as acting). Null when the levels do not tell.
 */
export function ownPostByLevel(post: Record<string, string>, other: Record<string, string>, levels: ReadonlyMap<string, number>): 'post' | 'other' | null {
  if (clean(post.AgencyName) === clean(other.AgencyName)) return null;
  const a = levels.get(positionKey(post));
  const b = levels.get(positionKey(other));
  if (a === undefined || b === undefined || a === b) return null;
  return a < b ? 'post' : 'other';
}

/**
 * Whether two rows of one name may be one person's posts. The export names incumbents and nothing
 * more, and one name may be borne by two officials: it lists a "James Payne" as the EPA's career
 * deputy general counsel (and its acting administrator for a week) and a "James Payne" as a
 * Transportation chief counsel, with nothing to say they are one person. Posts of one agency join; posts in two agencies join only when the Executive Schedule
 * levels of both tell which is the person's own, the pattern of an agency head also running
 * another agency (a trade representative acting as ethics director). Anything else stays apart:
 * another person's job on a card is worse than a post left off.
 */
export function samePersonPosts(a: Record<string, string>, b: Record<string, string>, levels: ReadonlyMap<string, number>): boolean {
  return clean(a.AgencyName) === clean(b.AgencyName) || ownPostByLevel(a, b, levels) !== null;
}

/**
 * Cabinet members and agency heads, with former incumbents the export still lists. The export
 * never says "acting"; it shows it three ways, all read here: the row of a Senate-confirmed post
 * carries another appointment type (a career or non-career SES officer filling in); the
 * incumbent still holds another post of their own in the same agency (a deputy running the
 * agency); or the incumbent heads another agency at a higher level (the lower post is the acting
 * one). The other post becomes a role too, so a deputy is never shown only as the principal.
 */
export function plumPeople(data: DataDir, rules: PlumRules): PersonDraft[] {
  const allRows = data.csvRecords('opm-plum/plum-book-export.csv');
  const levels = positionLevels(allRows);
  const rows = allRows.filter((row) => clean(row.PositionStatus) === 'Filled');
  const ownPosts = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    if (isoDate(row.IncumbentVacateDate) !== null) continue;
    ownPosts.set(rowKey(row), [...(ownPosts.get(rowKey(row)) ?? []), row]);
  }
  const byName = new Map<string, PersonDraft>();
  // The rows each person was built from, to tell a namesake in another agency apart.
  const rowsOf = new Map<string, Record<string, string>[]>();
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
    const otherPosts = (ownPosts.get(rowKey(row)) ?? []).filter(
      (o) => clean(o.PositionTitle).toUpperCase() !== title && !CONCURRENT_TITLE.test(clean(o.PositionTitle).toUpperCase()) && samePersonPosts(row, o, levels),
    );
    const ranked = otherPosts.map((o) => ownPostByLevel(row, o, levels));
    // Heading another agency at a higher level makes this post the acting one; outranking every other post makes it the person's own.
    const outranked = ranked.includes('other');
    const outranksAll = otherPosts.length > 0 && ranked.every((r) => r === 'post');
    const acting = matches(rules.acting, firstRaw, lastRaw) || outranked || (!outranksAll && (clean(row.AppointmentTypeDescription) !== PRESIDENTIAL_APPOINTMENT || otherPosts.length > 0));
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
      ...otherPosts.map((o, i): DraftRole => {
        const post = postLabel(clean(o.PositionTitle).toUpperCase(), clean(o.AgencyName), clean(o.OrganizationName).toUpperCase());
        const otherActing = ranked[i] === 'post';
        return {
          title: otherActing ? `Acting ${post}` : post,
          place: null,
          label: otherActing ? `Acting ${post}` : post,
          office: 'official',
          party: null,
          start: isoDate(o.IncumbentBeginDate),
          end: null,
          current: true,
          ...(otherActing ? { acting: true } : {}),
          source: SOURCE,
        };
      }),
    ];
    // Two principal posts of one name in two agencies the levels do not tie are two people: the
    // later one is told apart by its agency.
    const sameName = byName.get(`plum:${slug(name)}`);
    const apart = sameName !== undefined && !(rowsOf.get(sameName.id) ?? []).some((r) => samePersonPosts(row, r, levels));
    const id = apart ? `plum:${slug(name)}-${slug(titleCase(agency))}` : `plum:${slug(name)}`;
    rowsOf.set(id, [...(rowsOf.get(id) ?? []), row]);
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
