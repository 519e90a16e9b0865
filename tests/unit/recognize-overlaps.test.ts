import { describe, expect, it } from 'vitest';
import { recognize, resolveOverlaps } from '../../src/core/recognize';
import type { Mention } from '../../src/core/types';
import { fixtureLookup } from './recognize-fixture';

const lookup = fixtureLookup();

describe('recognize', () => {
  it('returns mentions sorted by start, without overlaps, with exact offsets', () => {
    const text =
      'Sen. Elizabeth Warren said 8 U.S.C. 1324 carries up to five years in prison, and about 12,000 people were charged in 2012 under the Immigration and Nationality Act.';
    const found = recognize(text, lookup);
    expect(found.map((m) => [m.kind, m.text])).toEqual([
      ['person', 'Sen. Elizabeth Warren'],
      ['statute', '8 U.S.C. 1324'],
      ['statistic', 'up to five years'],
      ['statistic', 'about 12,000'],
      ['statute', 'Immigration and Nationality Act'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('lets a statute beat a statistic and a longer mention beat a shorter one', () => {
    const base = { entityId: null } as const;
    const statute: Mention = { ...base, kind: 'statute', start: 0, end: 13, text: '8 U.S.C. 1324', citation: '8 U.S.C. \u00a7 1324' };
    const number: Mention = {
      ...base, kind: 'statistic', start: 9, end: 13, text: '1324', value: 1324, valueHigh: null, unit: 'count', qualifier: null, counts: null, comparison: null,
    };
    const longPerson: Mention = { ...base, kind: 'person', start: 20, end: 35, text: 'President Trump', personKey: 'k', articleDescription: null };
    const shortPerson: Mention = { ...base, kind: 'person', start: 30, end: 35, text: 'Trump', personKey: 'k', articleDescription: null };
    expect(resolveOverlaps([number, shortPerson, statute, longPerson]).map((m) => m.text)).toEqual(['8 U.S.C. 1324', 'President Trump']);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(recognize('', lookup)).toEqual([]);
    expect(recognize(' \n\n -- ! ', lookup)).toEqual([]);
  });
});
