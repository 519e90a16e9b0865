/**
 * Pass rates on the Recognizers-Text English number specs in ../shared (skipped when absent).
 * The floors sit just under the rates reached today, so a regression fails; the 90%
 * target is met for Percent and Currency but not yet for the Number model (the bench lists
 * every failure with its class).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberCorpus, passRate, sharedCorpusDir } from '../../scripts/bench/recognize-corpus';

const corpus = sharedCorpusDir(path.resolve(__dirname, '..', '..'));
const FLOORS: Readonly<Record<string, number>> = {
  'recognizers-text English Number': 0.8,
  'recognizers-text English Percent': 0.95,
  'recognizers-text English Currency': 0.9,
};

describe.skipIf(!corpus)(`number corpus${corpus ? '' : ' (skipped: ../shared/corpus is absent)'}`, () => {
  const reports = corpus ? numberCorpus(corpus) : [];
  it('covers the three spec files', () => {
    expect(reports.map((r) => r.name)).toEqual(Object.keys(FLOORS));
  });
  it.each(reports.map((r) => [r.name, r] as const))('%s stays at or above its floor', (name, report) => {
    expect(passRate(report).rate).toBeGreaterThanOrEqual(FLOORS[name] ?? 1);
  });
});
