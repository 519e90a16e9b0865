import type { OfficeKind } from '../../src/knowledge/schema';
import { asArray, asRecord, optString, type DataDir } from './data-files';
import { DATASET_SOURCES } from './dataset-sources';
import { heldAt, type DraftRole, type PersonDraft } from './person-draft';
import { bareStateName, ordinal, stateName } from './us-states';

const SOURCE = 'congress-legislators';
const AS_OF = DATASET_SOURCES[SOURCE].asOf;
const TOP_LEADERSHIP = /^(Speaker of the House|(Senate|House) (Majority|Minority) Leader|President Pro Tempore)/i;
const DELEGATE_STATES = new Set(['DC', 'GU', 'VI', 'AS', 'MP']);

interface Term {
  type: string;
  start: string;
  end: string | null;
  state: string | null;
  district: number | null;
  party: string | null;
}

function readTerms(raw: unknown): Term[] {
  return asArray(raw, 'terms').map((t) => {
    const r = asRecord(t, 'term');
    const district = typeof r.district === 'number' ? r.district : null;
    return {
      type: optString(r.type) ?? '',
      start: optString(r.start) ?? '',
      end: optString(r.end),
      state: optString(r.state),
      district,
      party: optString(r.party),
    };
  });
}

function slugless(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function partyName(raw: string | null): string | null {
  if (raw === null || raw === 'no party') return null;
  return raw;
}

function describeTerm(t: Term): { title: string; place: string | null; label: string; office: OfficeKind } {
  const st = t.state ?? '';
  const name = stateName(st) ?? st;
  switch (t.type) {
    case 'prez':
      return { title: 'President of the United States', place: null, label: 'President of the United States', office: 'president' };
    case 'viceprez':
      return { title: 'Vice President of the United States', place: null, label: 'Vice President of the United States', office: 'vice-president' };
    case 'sen':
      return { title: 'U.S. senator', place: bareStateName(st), label: `U.S. senator from ${name}`, office: 'senator' };
    default: {
      if (st === 'PR') {
        return { title: 'Resident Commissioner', place: 'Puerto Rico', label: 'Resident Commissioner of Puerto Rico in the U.S. House', office: 'delegate' };
      }
      if (DELEGATE_STATES.has(st)) {
        return { title: 'Delegate to the U.S. House', place: bareStateName(st), label: `Delegate to the U.S. House from ${name}`, office: 'delegate' };
      }
      const seat = t.district === null || t.district === 0 ? `${name} (at large)` : `${name}’s ${ordinal(t.district)} district`;
      return { title: 'U.S. representative', place: bareStateName(st), label: `U.S. representative for ${seat}`, office: 'representative' };
    }
  }
}

/** Consecutive terms in the same seat become one role with the first start and last end. */
function termsToRoles(terms: Term[]): DraftRole[] {
  const roles: DraftRole[] = [];
  let open: { role: DraftRole; key: string } | null = null;
  for (const t of [...terms].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const d = describeTerm(t);
    const key = `${d.label}|${t.party ?? ''}`;
    if (open !== null && open.key === key && open.role.end !== null && open.role.end >= t.start.slice(0, 10)) {
      open.role.end = t.end;
      open.role.current = heldAt(t.end, AS_OF);
      continue;
    }
    const role: DraftRole = {
      ...d,
      party: partyName(t.party),
      start: t.start,
      end: t.end,
      current: heldAt(t.end, AS_OF),
      source: SOURCE,
    };
    roles.push(role);
    open = { role, key };
  }
  return roles;
}

function leadershipRoles(raw: unknown): DraftRole[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((entry) => {
    const r = asRecord(entry, 'leadership role');
    const title = optString(r.title) ?? 'Congressional leader';
    const chamber = optString(r.chamber);
    const label = title === 'Speaker of the House' ? 'Speaker of the U.S. House of Representatives' : `${title}${chamber === 'senate' && !/senate/i.test(title) ? ' (U.S. Senate)' : chamber === 'house' && !/house/i.test(title) ? ' (U.S. House)' : ''}`;
    const end = optString(r.end);
    return {
      title,
      place: null,
      label,
      // Only the top posts outrank the member's own seat on a card; whips and caucus officers do not.
      office: TOP_LEADERSHIP.test(title) ? 'congressional-leader' : 'other',
      party: null,
      start: optString(r.start),
      end,
      current: heldAt(end, AS_OF),
      source: SOURCE,
    };
  });
}

function toDraft(raw: unknown): PersonDraft {
  const r = asRecord(raw, 'legislator');
  const ids = asRecord(r.id, 'id');
  const name = asRecord(r.name, 'name');
  const bio = r.bio === undefined ? {} : asRecord(r.bio, 'bio');
  const bioguide = optString(ids.bioguide) ?? '';
  const first = optString(name.first) ?? '';
  const last = optString(name.last) ?? '';
  const nickname = optString(name.nickname);
  const suffix = optString(name.suffix);
  const officialFull = optString(name.official_full);
  const display = officialFull ?? `${nickname ?? first} ${last}${suffix ? ` ${suffix}` : ''}`;
  const altNames = [`${first} ${last}`];
  if (nickname) altNames.push(`${nickname} ${last}`);
  const middle = optString(name.middle);
  if (middle) altNames.push(`${first} ${middle} ${last}`);
  const roles = [...termsToRoles(readTerms(r.terms)), ...leadershipRoles(r.leadership_roles)];
  const birthday = optString(bio.birthday);
  const wikidata = optString(ids.wikidata);
  const govtrack = optString(ids.govtrack) ?? slugless(display);
  return {
    id: bioguide === '' ? `govtrack:${govtrack}` : `bioguide:${bioguide}`,
    name: display,
    altNames,
    surname: last,
    firstName: nickname ?? first,
    ...(wikidata ? { wikidata } : {}),
    ...(bioguide ? { bioguide } : {}),
    birthYear: birthday ? Number(birthday.slice(0, 4)) : null,
    roles,
    sources: [SOURCE],
    contextExtra: [],
    mergeable: true,
  };
}

/** Every current member of Congress and every president and vice president. */
export function congressPeople(data: DataDir): PersonDraft[] {
  const current = asArray(data.yaml('congress-legislators/legislators-current.yaml'), 'legislators');
  const executive = asArray(data.yaml('congress-legislators/executive.yaml'), 'executive');
  return [...current, ...executive].map(toDraft);
}
