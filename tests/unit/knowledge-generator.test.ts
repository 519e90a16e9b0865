import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateKnowledge } from '../../scripts/knowledge/build-knowledge-file';
import { stableStringify } from '../../scripts/knowledge/stable-json';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(repoRoot, '..', 'shared', 'data');
const curatedDir = resolve(repoRoot, 'src', 'knowledge', 'curated');

describe('stableStringify', () => {
  it('sorts keys at every level', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}');
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
