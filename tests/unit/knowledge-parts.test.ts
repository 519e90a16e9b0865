import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { cardFor } from '../../src/knowledge/card-data';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import { joinWithoutHeadings, splitKnowledgeFile, withUscHeadings } from '../../src/knowledge/knowledge-parts';
import type { KnowledgeFile } from '../../src/knowledge/schema';

/** addons-linter refuses to parse files over this size (MAX_FILE_SIZE_TO_PARSE_MB). */
const STORE_LINTER_LIMIT_BYTES = 5 * 1024 * 1024;

describe('packaged knowledge parts', () => {
  const file = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/knowledge/knowledge.json'), 'utf8')) as KnowledgeFile;
  const parts = splitKnowledgeFile(file);
  const packaged = JSON.parse(JSON.stringify(parts)) as typeof parts;

  it('join back into the committed file once the headings arrive', () => {
    const joined = withUscHeadings(joinWithoutHeadings(packaged.core, packaged.sections), packaged.headings);
    expect(joined).toEqual(file);
  });

  it('recognise citations against every section before the headings arrive', () => {
    const lookup = buildKnowledgeIndex(joinWithoutHeadings(packaged.core, packaged.sections));
    expect(lookup.uscSection('8', '1324')).toEqual({ id: 'usc:8:1324', citation: '8 U.S.C. § 1324' });
    expect(lookup.uscSection('8', '99999')).toBeNull();
  });

  it('give the heading on the card only from the headings part', () => {
    const withoutHeadings = joinWithoutHeadings(packaged.core, packaged.sections);
    const card = cardFor(withUscHeadings(withoutHeadings, packaged.headings), 'usc:8:1324');
    expect(card?.kind === 'statute' ? card.heading : null).toBe('Bringing in and harboring certain aliens');
  });

  it('each stay under the store linter limit, and the start-up parts are small', () => {
    const sizes = [parts.core, parts.sections, parts.headings].map((part) => Buffer.byteLength(JSON.stringify(part)));
    expect(sizes.every((size) => size < STORE_LINTER_LIMIT_BYTES)).toBe(true);
    expect(sizes[1]! * 4).toBeLessThan(sizes[2]!);
  });
});
