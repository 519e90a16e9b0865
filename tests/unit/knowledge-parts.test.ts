import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { joinKnowledgeParts, splitKnowledgeFile } from '../../src/knowledge/knowledge-parts';
import type { KnowledgeFile } from '../../src/knowledge/schema';

/** addons-linter refuses to parse files over this size (MAX_FILE_SIZE_TO_PARSE_MB). */
const STORE_LINTER_LIMIT_BYTES = 5 * 1024 * 1024;

describe('packaged knowledge parts', () => {
  const raw = readFileSync(path.join(REPO_ROOT, 'src/knowledge/knowledge.json'), 'utf8');
  const file = JSON.parse(raw) as KnowledgeFile;

  it('join back into the committed file', () => {
    const { core, usc } = splitKnowledgeFile(file);
    const joined = joinKnowledgeParts(core, usc);
    expect(Object.keys(joined).sort()).toEqual(Object.keys(file).sort());
    expect(joined.usc).toBe(file.usc);
    expect(joined.people).toBe(file.people);
  });

  it('each stay under the store linter limit', () => {
    const { core, usc } = splitKnowledgeFile(file);
    const sizes = [Buffer.byteLength(JSON.stringify(core)), Buffer.byteLength(JSON.stringify(usc))];
    expect(sizes.every((size) => size < STORE_LINTER_LIMIT_BYTES)).toBe(true);
  });
});
