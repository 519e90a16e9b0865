/** Pass rates on the third-party citation corpora in ../shared (skipped when it is absent). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationCorpus, passRate, sharedCorpusDir } from '../../scripts/bench/recognize-corpus';
import { fixtureLookup } from './recognize-fixture';

const corpus = sharedCorpusDir(path.resolve(__dirname, '..', '..'));

describe.skipIf(!corpus)(`citation corpus${corpus ? '' : ' (skipped: ../shared/corpus is absent)'}`, () => {
  const reports = corpus ? citationCorpus(corpus, fixtureLookup()) : [];
  it.each(reports.map((r) => [r.name, r] as const))('%s passes at least 98%% of its in-scope cases', (_name, report) => {
    const failures = report.results.filter((r) => !r.pass).map((r) => `${r.text.slice(0, 60)} -> ${r.reason}`);
    expect(passRate(report).rate, failures.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
});
