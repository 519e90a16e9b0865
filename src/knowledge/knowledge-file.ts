/**
 * Validating the knowledge file against its schema: for the generator, the tests and the CLI's
 * checks. The extension never loads this module: the schema library would outweigh the code.
 */
import { knowledgeFileSchema, type KnowledgeFile } from './schema';

export function parseKnowledgeFile(data: unknown): KnowledgeFile {
  const result = knowledgeFileSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`Invalid knowledge file: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown error'}`);
  }
  return result.data;
}
