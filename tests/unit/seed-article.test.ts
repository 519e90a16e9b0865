/**
 * The article the product was conceived on, read from ../shared at run time, recognized with the
 * real knowledge file. Skips (with the reason in its name) when either is missing or invalid.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import type { KnowledgeLookup, Mention, PersonMention, StatisticMention, StatuteMention } from '../../src/core/types';
import { parseKnowledgeFile } from '../../src/knowledge/knowledge-file';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';

const ROOT = path.resolve(__dirname, '..', '..');
const SEED = path.resolve(ROOT, '..', 'shared', 'seed', 'first-article.txt');
const KNOWLEDGE = path.join(ROOT, 'src', 'knowledge', 'knowledge.json');

function loadLookup(): KnowledgeLookup | null {
  if (!existsSync(KNOWLEDGE)) return null;
  try {
    return buildKnowledgeIndex(parseKnowledgeFile(JSON.parse(readFileSync(KNOWLEDGE, 'utf8'))));
  } catch {
    return null;
  }
}

const lookup = loadLookup();
const ready = existsSync(SEED) && lookup !== null;
const why = !existsSync(SEED) ? '../shared/seed/first-article.txt is absent' : 'src/knowledge/knowledge.json is absent or invalid';

describe.skipIf(!ready)(`seed article with the real knowledge file${ready ? '' : ` (skipped: ${why})`}`, () => {
  const text = ready ? readFileSync(SEED, 'utf8') : '';
  const mentions: Mention[] = ready ? recognize(text, lookup) : [];
  const people = mentions.filter((m): m is PersonMention => m.kind === 'person');
  const personTexts = (entityId: string | null | undefined): string[] => people.filter((m) => m.entityId === entityId).map((m) => m.text);

  it('returns sorted, non-overlapping mentions with exact offsets', () => {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i] as Mention;
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual((mentions[i - 1] as Mention).end);
    }
  });

  it('links Thomas Homan and every later mention of him to one entity', () => {
    const homan = people.find((m) => m.text === 'Thomas Homan');
    expect(homan?.entityId).not.toBeNull();
    expect(personTexts(homan?.entityId)).toEqual(['Thomas Homan', 'Homan', 'Mr. Homan', 'Homan', 'Homan', 'Homan']);
    expect(homan?.articleDescription).toBe('the acting director of U.S. Immigration and Customs Enforcement (ICE)');
  });

  it('links Donald Trump and Barack Obama with their titles', () => {
    const trump = people.find((m) => m.text === 'President Trump');
    const obama = people.find((m) => m.text === 'Mr. Obama');
    expect(trump?.entityId).toBeTruthy();
    expect(obama?.entityId).toBeTruthy();
    expect(personTexts(trump?.entityId)).toEqual(['Trump', 'Trump', 'President Trump']);
    expect(personTexts(obama?.entityId)).toEqual(['Mr. Obama', 'President Obama']);
  });

  it('finds 8 U.S.C. 1324 and links it', () => {
    const statutes = mentions.filter((m): m is StatuteMention => m.kind === 'statute');
    expect(statutes.map((m) => [m.text, m.citation, m.entityId])).toEqual([['8 U.S.C. 1324', '8 U.S.C. \u00a7 1324', 'usc:8:1324']]);
  });

  it('reads the statistics and links 409,000 to the removals record', () => {
    const stats = mentions.filter((m): m is StatisticMention => m.kind === 'statistic');
    expect(stats.map((m) => [m.text, m.value, m.unit, m.qualifier])).toEqual([
      ['five years', 5, 'years', null],
      ['less than 20 percent', 0.2, 'percent', 'less-than'],
      ['409,000', 409000, 'count', null],
    ]);
    const removals = stats[2]?.comparison;
    expect(removals?.seriesId).toMatch(/removals$/);
    expect(removals?.periodReason).toBe('record year');
    expect(removals?.period).toMatch(/^FY20(12|13)$/);
  });
});
