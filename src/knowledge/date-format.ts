/** ISO dates of the knowledge file (YYYY, YYYY-MM, YYYY-MM-DD) as a reader reads them, and their age. */
import { STALE_AFTER_DAYS } from '../constants';
import { CARD_LOCALE } from './card-strings';

const DAY_MS = 86_400_000;

/** "2025" → "2025", "2025-06" → "June 2025", "2026-06-15" → "June 15, 2026". */
export function formatIsoDate(iso: string, locale = CARD_LOCALE): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

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
