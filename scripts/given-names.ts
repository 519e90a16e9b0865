/** `npm run given-names`: writes src/core/given-names-popular.ts from the name and word lists. */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { popularGivenNames, renderPopularGivenNames } from './knowledge/popular-given-names';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(repoRoot, 'src', 'core', 'given-names-popular.ts');
const names = popularGivenNames();
writeFileSync(outFile, renderPopularGivenNames(names));
console.log(`wrote ${outFile} (${names.length} names)`);
