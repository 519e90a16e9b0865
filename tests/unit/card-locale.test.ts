/**
 * Cards speak the catalogue's language: a small German catalogue (test only, never shipped) changes
 * the card's words, and its numbers are then written the German way; what the catalogue lacks
 * falls back on English, as in the browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersonMention, StatisticMention } from '../../src/core/types';
import { useMessageCatalogue, type MessageCatalogue } from '../../src/i18n';
import { buildCardView } from '../../src/knowledge/card-view';
import { cardViewText } from '../../src/knowledge/card-view-model';

const ROOT = path.join(import.meta.dirname, '..', '..');
const read = (...parts: string[]): MessageCatalogue => JSON.parse(readFileSync(path.join(ROOT, ...parts), 'utf8')) as MessageCatalogue;
const english = read('_locales', 'en', 'messages.json');
const german = read('tests', 'support', 'messages-de-test.json');
const NOW = new Date(Date.UTC(2026, 11, 1));

const removals: StatisticMention = {
  kind: 'statistic', start: 0, end: 13, text: 'about 409,000', entityId: null,
  value: 409_000, valueHigh: null, unit: 'count', qualifier: 'about', counts: 'removals', comparison: null,
};

/** The same stranger named `times` times: a card from the article alone. */
function stranger(times: number): { mention: PersonMention; mentions: PersonMention[] } {
  const mentions = Array.from({ length: times }, (_, i): PersonMention => ({
    kind: 'person', start: i * 20, end: i * 20 + 10, text: 'Alan Greer', entityId: null, personKey: 'alan greer', articleDescription: null,
  }));
  return { mention: mentions[0]!, mentions };
}

function cardText(mention: StatisticMention | PersonMention, mentions: readonly (StatisticMention | PersonMention)[]): { kindLabel: string; title: string; text: string } {
  const view = buildCardView({ mention, cards: {}, mentions, articleDate: null, now: NOW });
  return { kindLabel: view.kindLabel, title: view.title, text: cardViewText(view) };
}

describe('cards in another language', () => {
  afterEach(() => useMessageCatalogue(english, 'en-US'));

  it('change their words and write their numbers as that language does', () => {
    const before = cardText(removals, [removals]);
    expect(before.kindLabel).toBe('Statistic');
    expect(before.title).toBe('About 409,000 removals');
    expect(before.text).toContain('A count of removals, given in the article as about 409,000; Footnote has no official series');

    useMessageCatalogue(german, 'de-DE', english);
    const after = cardText(removals, [removals]);
    expect(after.kindLabel).toBe('Statistik');
    expect(after.title).toBe('Etwa 409.000 removals');
    expect(after.text).toContain('Eine Anzahl: removals, im Artikel als etwa 409.000 angegeben; Footnote hat keine amtliche Reihe zum Vergleich.');
    expect(after.text).not.toContain('409,000');
  });

  it('choose plural forms by the language’s rules, and fall back on English for what is not translated', () => {
    const many = stranger(3);
    const once = stranger(1);
    expect(cardText(many.mention, many.mentions).text).toContain('Mentioned 3 times in this article.');
    useMessageCatalogue(german, 'de-DE', english);
    expect(cardText(many.mention, many.mentions).text).toContain('3-mal in diesem Artikel erwähnt.');
    expect(cardText(once.mention, once.mentions).text).toContain('Einmal in diesem Artikel erwähnt.');
    // An English-only form ("twice") must not override the German plural.
    const two = stranger(2);
    expect(cardText(two.mention, two.mentions).text).toContain('2-mal in diesem Artikel erwähnt.');
    expect(cardText(many.mention, many.mentions).text).toContain('Nicht in Footnotes Wissensdatei');
  });
});
