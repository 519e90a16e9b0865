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

/** Outside the extension (Node): the catalogue to read, and the locale to format numbers and dates in. */
export function useMessageCatalogue(catalogue: MessageCatalogue, locale?: string): void {
  catalogueLookup = lookupIn(catalogue);
  catalogueLocale = locale ?? null;
}

/** The user-facing string `name`, with its substitutions (format numbers with `formatInteger` first). */
export function message(name: MessageName, ...substitutions: string[]): string {
  const i18n = browserI18n();
  const text = i18n ? i18n.getMessage(name, substitutions) : catalogueLookup?.(name, substitutions);
  if (text === undefined) throw new Error('no message catalogue: call useMessageCatalogue() outside the extension');
  if (text === '') throw new Error(`message ${name} is missing from the catalogue`);
  return text;
}

/** The browser's UI language, or the process's in Node. */
export function uiLocale(): string {
  return browserI18n()?.getUILanguage() ?? catalogueLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
}

export function formatInteger(value: number): string {
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 0 }).format(value);
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as the reader's locale writes it. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || !Number.isInteger(year)) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    month === undefined ? { year: 'numeric' } : day === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(uiLocale(), { ...options, timeZone: 'UTC' }).format(date);
}

/** Picks the singular or plural message by the locale's plural rules. */
export function pluralMessage(count: number, one: MessageName, other: MessageName): string {
  const form = new Intl.PluralRules(uiLocale()).select(count);
  return message(form === 'one' ? one : other, formatInteger(count));
}
