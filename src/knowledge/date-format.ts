/** ISO dates of the knowledge file (YYYY, YYYY-MM, YYYY-MM-DD): their age and their days (`formatIsoDate` in `i18n.ts` writes them). */
import { STALE_AFTER_DAYS } from '../constants';

const DAY_MS = 86_400_000;

/** The last day an ISO date covers, so "2025-06" is not called stale in June 2026. */
function endOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return Number.NaN;
  if (month === undefined) return Date.UTC(year + 1, 0, 1) - DAY_MS;
  if (day === undefined) return Date.UTC(year, month, 1) - DAY_MS;
  return Date.UTC(year, month - 1, day);
}

/** True when data as of `iso` is more than STALE_AFTER_DAYS older than `now`. */
export function isStale(iso: string, now: Date): boolean {
  return now.getTime() - endOf(iso) > STALE_AFTER_DAYS * DAY_MS;
}

export function yearOf(iso: string | null): string | null {
  return iso === null ? null : /\d{4}/.exec(iso)?.[0] ?? null;
}

/**
 * ISO dates of different precision compared as days: a start means its first day, an end its
 * last, and a bare date (the article's) its middle, so "2017" is on neither side of a term ending
 * in January 2017 by accident.
 */
export function dayOf(iso: string, edge: 'start' | 'end' | 'middle'): string {
  const [year, month, day] = iso.split('-');
  if (month === undefined) return `${year}-${edge === 'start' ? '01-01' : edge === 'end' ? '12-31' : '07-01'}`;
  if (day === undefined) return `${year}-${month}-${edge === 'start' ? '01' : edge === 'end' ? '31' : '15'}`;
  return iso;
}
