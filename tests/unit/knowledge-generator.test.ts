import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateKnowledge } from '../../scripts/knowledge/build-knowledge-file';
import { stableStringify } from '../../scripts/knowledge/stable-json';
import { withoutClosingPeriod } from '../../scripts/knowledge/statutes-usc';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(repoRoot, '..', 'shared', 'data');
const curatedDir = resolve(repoRoot, 'src', 'knowledge', 'curated');

describe('stableStringify', () => {
  it('sorts keys at every level', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe('U.S. Code headings', () => {
  it('drop a closing period but keep the one of an abbreviation or of initials', () => {
    expect(withoutClosingPeriod('Definitions.')).toBe('Definitions');
    expect(withoutClosingPeriod('Powers of directors, etc.')).toBe('Powers of directors, etc.');
    expect(withoutClosingPeriod('Transfer of land to NANA Regional Corporation, Inc.')).toBe('Transfer of land to NANA Regional Corporation, Inc.');
    expect(withoutClosingPeriod('Office in Washington, D.C.')).toBe('Office in Washington, D.C.');
    expect(withoutClosingPeriod('Law Day, U.S.A.')).toBe('Law Day, U.S.A.');
    expect(withoutClosingPeriod('Repealed. Pub. L. 103-272.')).toBe('Repealed. Pub. L. 103-272');
  });
});

describe.skipIf(!existsSync(dataDir))('generator (needs ../shared/data)', () => {
  it('gives identical bytes on two runs', { timeout: 300_000 }, () => {
    const a = generateKnowledge({ dataDir, curatedDir });
    const b = generateKnowledge({ dataDir, curatedDir });
    expect(a.json.length).toBeGreaterThan(1_000_000);
    expect(b.json).toBe(a.json);
    expect(a.warnings).toEqual([]);
  });

  it('fails with one clear line when the data folder is absent', () => {
    expect(() => generateKnowledge({ dataDir: resolve(repoRoot, 'no-such-dir'), curatedDir })).toThrow(/^knowledge: missing input file .*congress-legislators/);
  });
});
