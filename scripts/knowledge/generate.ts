import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataMissingError } from './data-files';
import { generateKnowledge } from './build-knowledge-file';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(repoRoot, '..', 'shared', 'data');
const curatedDir = join(repoRoot, 'src', 'knowledge', 'curated');
const outFile = join(repoRoot, 'src', 'knowledge', 'knowledge.json');

if (!existsSync(dataDir)) {
  console.error(`knowledge: input data not found at ${dataDir} (expected ../shared/data next to the repo); the committed knowledge.json is unchanged.`);
  process.exit(1);
}

try {
  const result = generateKnowledge({ dataDir, curatedDir });
  writeFileSync(outFile, result.json);
  for (const line of result.report) console.log(line);
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  console.log(`wrote ${outFile} (${(Buffer.byteLength(result.json) / 1e6).toFixed(2)} MB)`);
} catch (error) {
  if (error instanceof DataMissingError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
