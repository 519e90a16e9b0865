import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { POPULAR_GIVEN_NAMES } from '../../src/core/given-names-popular';
import { popularGivenNames, renderPopularGivenNames } from '../../scripts/knowledge/popular-given-names';

const committed = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'core', 'given-names-popular.ts');

describe('popular given names', () => {
  it('are what the generator writes from the pinned lists (run npm run given-names after changing it)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(renderPopularGivenNames(popularGivenNames()));
  });

  it('keep names and drop lower-case English words, places and months', () => {
    for (const name of ['declan', 'nate', 'elle', 'priya', 'aaron']) expect(POPULAR_GIVEN_NAMES.has(name)).toBe(true);
    for (const word of ['apple', 'blue', 'grant', 'mark', 'harmony', 'georgia', 'dakota', 'austin', 'june', 'april']) expect(POPULAR_GIVEN_NAMES.has(word)).toBe(false);
  });
});
