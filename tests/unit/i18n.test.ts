/** One source of strings: messages.json is complete, well-formed and read the way the browser reads it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, message, pluralMessage, useMessageCatalogue, type MessageCatalogue } from '../../src/i18n';

const ROOT = path.join(import.meta.dirname, '..', '..');
const catalogue = JSON.parse(readFileSync(path.join(ROOT, '_locales', 'en', 'messages.json'), 'utf8')) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

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

  it('formats through Intl in the locale', () => {
    expect(pluralMessage(1, 'popupMentionsOne', 'popupMentionsOther')).toBe('1 mention');
    expect(pluralMessage(1234, 'popupMentionsOne', 'popupMentionsOther')).toBe('1,234 mentions');
    expect(formatIsoDate('2025-06-01')).toBe('June 1, 2025');
    expect(formatIsoDate('2025-06')).toBe('June 2025');
    useMessageCatalogue(catalogue, 'de-DE');
    try {
      expect(pluralMessage(1234, 'popupMentionsOne', 'popupMentionsOther')).toBe('1.234 mentions');
      expect(formatIsoDate('2025-06-01')).toBe('1. Juni 2025');
    } finally {
      useMessageCatalogue(catalogue, 'en-US');
    }
  });
});
