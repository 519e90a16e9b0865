/**
 * One source of user-facing strings: `_locales/en/messages.json`. In the extension every lookup
 * goes through `browser.i18n.getMessage` (the browser picks the locale); in Node (the CLI, the
 * tests) the same file is read at bundle time and given to `useMessageCatalogue`, which follows
 * the browser's placeholder rules. Numbers and dates go through `Intl` with the same locale.
 */
import type englishCatalogue from '../_locales/en/messages.json';

export type MessageName = keyof typeof englishCatalogue;

interface CatalogueEntry {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

export type MessageCatalogue = Readonly<Record<string, CatalogueEntry>>;

type Lookup = (name: string, substitutions: readonly string[]) => string;

interface BrowserI18n {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function browserI18n(): BrowserI18n | null {
  const api = globalThis as { browser?: { i18n?: BrowserI18n }; chrome?: { i18n?: BrowserI18n } };
  const i18n = api.browser?.i18n ?? api.chrome?.i18n;
  return typeof i18n?.getMessage === 'function' ? i18n : null;
}

let catalogueLookup: Lookup | null = null;
let catalogueLocale: string | null = null;
/** `uiLocale()` once worked out: the browser's language and catalogue do not change in a context's life. */
let formattingLocale: string | null = null;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Substitutes like `i18n.getMessage`: `$NAME$` -> its placeholder's content, `$1`… -> arguments, `$$` -> `$`. */
function lookupIn(catalogue: MessageCatalogue): Lookup {
  return (name, substitutions) => {
    const entry = catalogue[name];
    if (!entry) return '';
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([key, value]) => [key.toLowerCase(), value.content]));
    const positional = (text: string): string =>
      text.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
    return positional(entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, key: string) => placeholders.get(key.toLowerCase()) ?? whole));
  };
}

/**
 * Outside the extension (Node): the catalogue to read, the browser language to act as, and the
 * catalogue to fall back on for messages it lacks (as the browser falls back on `default_locale`).
 */
export function useMessageCatalogue(catalogue: MessageCatalogue, locale?: string, fallback?: MessageCatalogue): void {
  const primary = lookupIn(catalogue);
  const secondary = fallback ? lookupIn(fallback) : null;
  catalogueLookup = (name, substitutions) => primary(name, substitutions) || (secondary?.(name, substitutions) ?? '');
  catalogueLocale = locale ?? null;
  formattingLocale = null;
}

/** The message, or '' when the catalogue has none by that name. */
function lookup(name: string, substitutions: readonly string[]): string {
  const i18n = browserI18n();
  const text = i18n ? i18n.getMessage(name, [...substitutions]) : catalogueLookup?.(name, substitutions);
  if (text === undefined) throw new Error('no message catalogue: call useMessageCatalogue() outside the extension');
  return text;
}

/** The user-facing string `name`, with its substitutions (numbers formatted first, with `formatNumber`). */
export function message(name: MessageName, ...substitutions: string[]): string {
  const text = lookup(name, substitutions);
  if (text === '') throw new Error(`message ${name} is missing from the catalogue`);
  return text;
}

/** The language of the browser's UI, or the one `useMessageCatalogue` was given, or the process's. */
function browserLanguage(): string {
  return browserI18n()?.getUILanguage() ?? catalogueLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
}

function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/**
 * The locale numbers and dates are written in: the browser's UI language when the catalogue in
 * use is written in that language (so an en-GB browser reads "1 June 2025"), else the
 * catalogue's own language, so a sentence never mixes two ("Mentioned 1.234 times" in English).
 */
export function uiLocale(): string {
  if (formattingLocale === null) {
    const browser = browserLanguage();
    const written = message('catalogueLanguage');
    formattingLocale = languageOf(browser) === languageOf(written) ? browser : written;
  }
  return formattingLocale;
}

/** Items as the reader's locale lists them: "A and B" (`conjunction`), "A, B" (`unit`). */
export function formatList(items: readonly string[], type: 'conjunction' | 'unit'): string {
  return new Intl.ListFormat(uiLocale(), { type }).format(items);
}

export function formatInteger(value: number): string {
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 0 }).format(value);
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as the reader's locale writes it. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || !Number.isInteger(year)) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const precision = month === undefined ? 'year' : day === undefined ? 'month' : 'day';
  const key = `${uiLocale()} ${precision}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
    format = new Intl.DateTimeFormat(uiLocale(), { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** Message families chosen by a count: `name_one`, `name_other` (and `name_few`… where a language needs them). */
export type PluralMessageName = MessageName extends infer Name ? (Name extends `${infer Base}_other` ? Base : never) : never;

/**
 * The message of `family` for `count`: the locale's plural category (`name_one`, `name_few`…),
 * else `name_other`. No exact-count forms ("twice" for 2): the browser falls back on the English
 * catalogue message by message, and an English exact form would then override a translated
 * plural. `substitutions` default to the count as `formatInteger` writes it; `rules` must match
 * how the count was written (a count shown as "1.0" is plural in English).
 */
export function pluralMessage(
  family: PluralMessageName,
  count: number,
  substitutions: readonly string[] = [formatInteger(count)],
  rules?: Intl.PluralRulesOptions,
): string {
  const category = new Intl.PluralRules(uiLocale(), rules).select(count);
  return lookup(`${family}_${category}`, substitutions) || message(`${family}_other`, ...substitutions);
}

/** A rank as the locale writes it ("3rd"), by its ordinal plural rules. */
export function formatOrdinal(rank: number): string {
  return pluralMessage('ordinal', rank, [formatInteger(rank)], { type: 'ordinal' });
}
