/**
 * Pass rates on the Recognizers-Text English number specs in ../shared (skipped when absent).
 * The floors sit just under the rates reached today, so a regression fails; the 90%
 * target holds for each spec and overall (the bench lists every failure with its class).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberCorpus, passRate, sharedCorpusDir } from '../../scripts/bench/recognize-corpus';

const corpus = sharedCorpusDir(path.resolve(__dirname, '..', '..'));
const FLOORS: Readonly<Record<string, number>> = {
  'recognizers-text English Number': 0.9,
  'recognizers-text English Percent': 0.95,
  'recognizers-text English Currency': 0.94,
};
const OVERALL_FLOOR = 0.9;

describe.skipIf(!corpus)(`number corpus${corpus ? '' : ' (skipped: ../shared/corpus is absent)'}`, () => {
  const reports = corpus ? numberCorpus(corpus) : [];
  it('covers the three spec files', () => {
    expect(reports.map((r) => r.name)).toEqual(Object.keys(FLOORS));
  });
  it.each(reports.map((r) => [r.name, r] as const))('%s stays at or above its floor', (name, report) => {
    expect(passRate(report).rate).toBeGreaterThanOrEqual(FLOORS[name] ?? 1);
  });
  it('reaches 90% over the three specs together', () => {
    const passed = reports.reduce((n, r) => n + passRate(r).passed, 0);
    const total = reports.reduce((n, r) => n + passRate(r).total, 0);
    expect(passed / total).toBeGreaterThanOrEqual(OVERALL_FLOOR);
  });
  it('gives every remaining failure a class', () => {
    const unclassified = reports.flatMap((r) => r.results.filter((c) => !c.pass && !c.failureClass).map((c) => c.text));
    expect(unclassified).toEqual([]);
  });
});
