/**
 * A person's roles read against the article's date: the card leads with the role held when the
 * article was published, then what the person holds now (or did later) when that differs, and
 * every current role carries the as-of date of its source.
 */
import { formatIsoDate, message } from '../i18n';
import { dayOf, isStale, yearOf } from './date-format';
import type { CardRole, PersonCard } from './entity-card';

export interface PersonTimeline {
  /** "Vice President of the United States (2009–2017) · later President of the United States (2021–2025)". */
  readonly headline: string | null;
  /** Roles the headline does not name, newest first, with dates. */
  readonly otherRoles: readonly string[];
  /** "Current role as of June 2025; may have changed." */
  readonly asOf: string | null;
  /** The party beside the role the headline leads with, as the card says it: one the person held in it (on the article's date), or null. */
  readonly party: string | null;
}

const MAX_OTHER_ROLES = 4;

export function roleSpan(role: Pick<CardRole, 'start' | 'end' | 'current' | 'termStart' | 'lastKnown' | 'endBy'>): string | null {
  const start = yearOf(role.start);
  const end = yearOf(role.end);
  if (role.current) return start === null ? null : role.termStart ? message('cardRoleTermSince', start) : `${start}–${message('cardRolePresent')}`;
  // The source's record ended and nothing later is on file: say so, neither "present" nor "former".
  if (role.lastKnown && end !== null) return message('cardRoleLastKnown', end);
  // A past role without dates (a former member of Congress from the flat historical file): say the
  // years are unknown, so that no reader takes the bare role for the whole career.
  if (start === null) return end === null ? message('cardRoleYearsUnknown') : message('cardRoleUntil', end);
  // Ended, on a date the source does not give (a role current in an older snapshot, held by someone else later).
  if (end === null) {
    const endBy = yearOf(role.endBy ?? null);
    return endBy === null ? message('cardRoleFromEndUnknown', start) : message('cardRoleFromUntilAtLatest', start, endBy);
  }
  return end === start ? start : `${start}–${end}`;
}

function roleName(role: CardRole): string {
  return role.acting && !/^acting\b/i.test(role.label) ? message('cardRoleActing', role.label) : role.label;
}

function roleWithSpan(role: CardRole): string {
  const span = roleSpan(role);
  return span ? `${roleName(role)} (${span})` : roleName(role);
}

/** True when the role was held on the article's date. A role without an end counts only while the source calls it current. */
export function heldOn(role: CardRole, date: string): boolean {
  if (role.start === null) return false;
  const day = dayOf(date, 'middle');
  if (dayOf(role.start, 'start') > day) return false;
  if (role.end !== null) return dayOf(role.end, 'end') >= day;
  if (role.current) return true;
  // Ended on a day the source does not give: still held on its as-of day, when the source listed it
  // current then (an appointee in a snapshot taken before the next president took office).
  return role.endBy !== undefined && role.asOf !== null && dayOf(role.asOf, 'end') >= day;
}

/**
 * True when the role is known to have ended before the date: by its end, or by the latest day it
 * can have ended. A role whose end no source gives, or gives after the date, may still have been
 * held then, and is never called former on that date.
 */
function endedBefore(role: CardRole, date: string): boolean {
  // A last-known record's end is where the record stops, not when the role did.
  const end = role.current || role.lastKnown === true ? null : (role.end ?? role.endBy ?? null);
  return end !== null && dayOf(end, 'end') < dayOf(date, 'middle');
}

/** True when the role began by the date and nothing says it had ended by then. */
function perhapsHeldOn(role: CardRole, date: string): boolean {
  return role.start !== null && dayOf(role.start, 'start') <= dayOf(date, 'middle') && !endedBefore(role, date);
}

function startKey(role: CardRole): string {
  return role.start === null ? '' : dayOf(role.start, 'start');
}

/** What the person holds today, said after the role the headline leads with: "again since 2025" for the same office, else "now …". */
function nowAfter(lead: CardRole, now: CardRole): string {
  const start = yearOf(now.start);
  return now.label === lead.label && start !== null ? message('cardRoleAgainSince', start) : message('cardRoleNow', roleWithSpan(now));
}

interface Headline {
  readonly text: string | null;
  readonly shown: Set<CardRole>;
  /** The role the headline leads with. */
  readonly lead: CardRole | null;
}

function headlineFor(roles: readonly CardRole[], articleDate: string | null): Headline {
  const shown = new Set<CardRole>();
  const now = roles.find((r) => r.current) ?? null;
  // A role the source last listed before the article and whose end it does not give (an appointee
  // "still in office" in early 2023, gone by 2025 at the latest) leads when none was surely held.
  const then = articleDate === null ? null : (roles.find((r) => heldOn(r, articleDate)) ?? roles.find((r) => perhapsHeldOn(r, articleDate)) ?? null);
  // An article from before every role ("President-elect Trump" in 2016): what came next, not today's office.
  // A role dated only by its current term may have been held before that date, so it never comes "next".
  const firstAfter =
    articleDate === null || then !== null
      ? undefined
      : [...roles].filter((r) => r.start !== null && !r.termStart && dayOf(r.start, 'start') > dayOf(articleDate, 'middle')).sort((a, b) => startKey(a).localeCompare(startKey(b)))[0];
  if (firstAfter !== undefined) {
    shown.add(firstAfter);
    const parts = [message('cardRoleFirstAfter', roleWithSpan(firstAfter))];
    if (now !== null && now !== firstAfter) {
      shown.add(now);
      parts.push(nowAfter(firstAfter, now));
    }
    return { text: parts.join(' · '), shown, lead: firstAfter };
  }
  if (then === null) {
    const lead = now ?? roles[0];
    if (lead === undefined) return { text: null, shown, lead: null };
    shown.add(lead);
    const text = roleWithSpan(lead);
    // Without a date, "former" is said as of the source; on an article's date, only of a role known to have ended by then.
    const former = articleDate === null ? !lead.current && lead.lastKnown !== true : endedBefore(lead, articleDate);
    return { text: former ? message('cardRoleFormer', text) : text, shown, lead };
  }
  shown.add(then);
  const parts = [roleWithSpan(then)];
  if (now !== null && now !== then) {
    shown.add(now);
    parts.push(nowAfter(then, now));
  } else if (now === null) {
    const later = [...roles].filter((r) => startKey(r) > startKey(then)).sort((a, b) => startKey(b).localeCompare(startKey(a)))[0];
    if (later !== undefined) {
      shown.add(later);
      parts.push(message('cardRoleLater', roleWithSpan(later)));
    }
  }
  return { text: parts.join(' · '), shown, lead: then };
}

/** The day a role's party is read on: the article's date, brought within the role's years; null without a date. */
function partyDay(role: CardRole, articleDate: string | null): string | null {
  if (articleDate === null) return null;
  const day = dayOf(articleDate, 'middle');
  if (role.start !== null && day < dayOf(role.start, 'start')) return dayOf(role.start, 'start');
  if (role.end !== null && day > dayOf(role.end, 'end')) return dayOf(role.end, 'end');
  return day;
}

/** The party the holder sat with in the role on the day (see `partyDay`): the last one when no day is given. */
function roleParty(role: CardRole, articleDate: string | null): string | null {
  const day = partyDay(role, articleDate);
  if (role.parties === undefined || day === null) return role.party;
  return [...role.parties].reverse().find((p) => dayOf(p.start, 'start') <= day)?.party ?? role.parties[0]?.party ?? role.party;
}

/**
 * The party beside the lead role: the one the person held in it, else that of a role with a party
 * held alongside it (a leadership post beside the member's seat), else, for a role held today,
 * the latest party on record. A party from another time (a member elected as a Democrat, a
 * Republican since) is never shown against a role it was not held in.
 */
function partyBeside(lead: CardRole | null, roles: readonly CardRole[], articleDate: string | null, latestParty: string | null): string | null {
  if (lead === null) return null;
  const own = roleParty(lead, articleDate);
  // A seat without dates is a past member's last one, and its party the last term's: say so, as they may have sat with another before.
  if (own !== null) return lead.start === null && lead.end === null ? message('cardPartyLastTerm', own) : own;
  const alongside = roles.find((r) => r !== lead && r.party !== null && (articleDate === null ? lead.current && r.current : heldOn(lead, articleDate) && heldOn(r, articleDate)));
  if (alongside !== undefined) return roleParty(alongside, articleDate);
  return lead.current ? latestParty : null;
}

function asOfLine(roles: readonly CardRole[], now: Date): string | null {
  const current = roles.filter((r) => r.current && r.asOf !== null);
  const dated = current.length > 0 ? current : roles.filter((r) => r.asOf !== null);
  // The oldest as-of date is the one that may be out of date.
  const asOf = dated.flatMap((r) => (r.asOf === null ? [] : [r.asOf])).sort()[0];
  if (asOf === undefined) return null;
  const stale = isStale(asOf, now);
  const name = current.length > 0 ? (stale ? 'cardCurrentRoleAsOfStale' : 'cardCurrentRoleAsOf') : stale ? 'cardRoleDataAsOfStale' : 'cardRoleDataAsOf';
  return message(name, formatIsoDate(asOf));
}

export function personTimeline(card: PersonCard, articleDate: string | null, now: Date): PersonTimeline {
  const { text, shown, lead } = headlineFor(card.roles, articleDate);
  const otherRoles = card.roles
    .filter((r) => !shown.has(r))
    .filter((r, i, all) => all.findIndex((o) => o.label === r.label && o.start === r.start) === i)
    .slice(0, MAX_OTHER_ROLES)
    .map(roleWithSpan);
  return { headline: text, otherRoles, asOf: asOfLine(card.roles, now), party: partyBeside(lead, card.roles, articleDate, card.party) };
}
