/** One source of strings: messages.json is complete, well-formed and read the way the browser reads it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatOrdinal, message, pluralMessage, uiLocale, useMessageCatalogue, type MessageCatalogue } from '../../src/i18n';

const ROOT = path.join(import.meta.dirname, '..', '..');
const catalogue = JSON.parse(readFileSync(path.join(ROOT, '_locales', 'en', 'messages.json'), 'utf8')) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

const germanTestCatalogue = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'support', 'messages-de-test.json'), 'utf8')) as MessageCatalogue;

describe('messages.json', () => {
  it('describes every message, and every placeholder it uses is defined (and the other way round)', () => {
    for (const [name, entry] of Object.entries(catalogue)) {
      expect(name).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.description, name).toBeTruthy();
      const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) => match[1]!.toLowerCase()));
      expect(new Set(Object.keys(entry.placeholders ?? {})), name).toEqual(used);
    }
  });

  it('has every message the manifest and popup.html name', () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
    const popup = readFileSync(path.join(ROOT, 'src', 'extension', 'popup', 'popup.html'), 'utf8');
    const names = [...[...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!), ...[...popup.matchAll(/data-i18n="(\w+)"/g)].map((match) => match[1]!)];
    expect(names.length).toBeGreaterThan(4);
    for (const name of names) expect(catalogue[name], name).toBeDefined();
    expect((JSON.parse(manifest) as { default_locale?: string }).default_locale).toBe('en');
  });

  it('substitutes named placeholders, positional arguments and $$ as the browser does', () => {
    useMessageCatalogue({
      price: { message: 'Costs $$$AMOUNT$ for $WHO$', placeholders: { amount: { content: '$1' }, who: { content: '$2' } } },
    } satisfies MessageCatalogue);
    try {
      expect(message('price' as never, '5', 'you')).toBe('Costs $5 for you');
    } finally {
      useMessageCatalogue(catalogue, 'en-US');
    }
  });

  it('formats through Intl in the browser language when the catalogue speaks it, never mixing two languages', () => {
    expect(pluralMessage('popupMentions', 1)).toBe('1 mention');
    expect(pluralMessage('popupMentions', 1234)).toBe('1,234 mentions');
    expect(formatIsoDate('2025-06-01')).toBe('June 1, 2025');
    expect(formatIsoDate('2025-06')).toBe('June 2025');
    try {
      useMessageCatalogue(catalogue, 'en-GB');
      expect(uiLocale()).toBe('en-GB');
      expect(formatIsoDate('2025-06-01')).toBe('1 June 2025');
      // A German browser with only the English catalogue reads English text: its numbers and dates stay English too.
      useMessageCatalogue(catalogue, 'de-DE');
      expect(uiLocale()).toBe('en');
      expect(pluralMessage('popupMentions', 1234)).toBe('1,234 mentions');
      expect(formatIsoDate('2025-06-01')).toBe('June 1, 2025');
      useMessageCatalogue(germanTestCatalogue, 'de-DE', catalogue);
      expect(uiLocale()).toBe('de-DE');
      expect(pluralMessage('popupMentions', 1234)).toBe('1.234 Erwähnungen');
      expect(pluralMessage('popupMentions', 1)).toBe('1 Erwähnung');
      expect(formatIsoDate('2025-06-01')).toBe('1. Juni 2025');
      expect(formatOrdinal(3)).toBe('3.');
      // What the German catalogue lacks comes from the English one, as in the browser.
      expect(message('popupTurnOn')).toBe(catalogue.popupTurnOn!.message);
    } finally {
      useMessageCatalogue(catalogue, 'en-US');
    }
  });

  it('chooses plural messages by the locale’s rules', () => {
    expect([1, 2, 3, 1200].map((n) => pluralMessage('numberTimes', n))).toEqual(['once', '2 times', '3 times', '1,200 times']);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(formatOrdinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
    // "1.0" is plural in English, though 1 is not.
    expect(pluralMessage('statPercentagePoints', 1, ['+1.0'], { minimumFractionDigits: 1 })).toBe('+1.0 percentage points');
    expect(pluralMessage('statPercentagePoints', 1, ['+1'])).toBe('+1 percentage point');
  });
});

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('the catalogue and the code agree', () => {
  const sources = filesUnder(path.join(ROOT, 'src')).filter((file) => /\.(ts|html)$/.test(file));
  const code = sources.map((file) => readFileSync(file, 'utf8')).join('\n');
  const manifest = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
  const quoted = new Set([...code.matchAll(/'([A-Za-z0-9_]+)'/g)].map((match) => match[1]!));
  const markup = new Set([...code.matchAll(/data-i18n="(\w+)"/g), ...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!));
  const PLURAL_FORM = /^(\w+?)_(zero|one|two|few|many|other)$/;

  it('uses every message: by name, or through its plural family', () => {
    const unused = Object.keys(catalogue).filter((name) => {
      if (quoted.has(name) || markup.has(name)) return false;
      const family = PLURAL_FORM.exec(name)?.[1];
      return family === undefined || !quoted.has(family);
    });
    expect(unused).toEqual([]);
  });

  it('has every message the code asks for (the compiler checks literal names; this checks the rest too)', () => {
    // Names given to message(), directly or through a conditional (`message(higher ? 'a' : 'b', …)`), not to a call inside it.
    const asked = [...code.matchAll(/\bmessage\(([^,)]*)/g)].flatMap((match) => [...match[1]!.matchAll(/(?<!\()'(\w+)'/g)].map((name) => name[1]!));
    const families = [...code.matchAll(/\bpluralMessage\(\s*'(\w+)'/g)].map((match) => `${match[1]!}_other`);
    expect(asked.length).toBeGreaterThan(50);
    expect(families.length).toBeGreaterThan(3);
    const missing = [...asked, ...families, ...markup].filter((name) => catalogue[name] === undefined);
    expect(missing).toEqual([]);
  });

  it('gives every plural family an "other" form, and placeholders that translators can reorder', () => {
    for (const name of Object.keys(catalogue)) {
      const family = PLURAL_FORM.exec(name)?.[1];
      if (family !== undefined && family !== 'catalogueLanguage') expect(catalogue[`${family}_other`], name).toBeDefined();
      // Positional $1 inside a message would tie translators to the English order.
      expect(catalogue[name]!.message, name).not.toMatch(/\$[1-9]/);
    }
  });

  it('has no card words left in code: no user-facing English in the knowledge and page layers', () => {
    // A sentence-like literal (a capitalised word, then words) in the layers that build cards and the popup.
    const layers = sources.filter((file) => /src\/(knowledge|page|extension)\//.test(file) && file.endsWith('.ts'));
    const offenders = layers.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line) && !/log\.|Error\(|failure\(/.test(line))
        .filter((line) => /(['`])[A-Z][a-z]+(?: [A-Za-z]+){2}[^'`]*\1/.test(line))
        .map((line) => `${path.relative(ROOT, file)}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
