/**
 * The packaged extension carries the knowledge file in two parts: store linters refuse to parse
 * any file over 5 MB, and the U.S. Code headings alone are half of the file. The background
 * fetches both and joins them back into the one file the rest of the code knows.
 */
import type { KnowledgeFile } from './schema';

export const KNOWLEDGE_CORE_FILE = 'knowledge-core.json';
export const KNOWLEDGE_USC_FILE = 'knowledge-usc.json';

export type KnowledgeCore = Omit<KnowledgeFile, 'usc'>;
export type KnowledgeUsc = KnowledgeFile['usc'];

export function splitKnowledgeFile(file: KnowledgeFile): { core: KnowledgeCore; usc: KnowledgeUsc } {
  const { usc, ...core } = file;
  return { core, usc };
}

export function joinKnowledgeParts(core: KnowledgeCore, usc: KnowledgeUsc): KnowledgeFile {
  return { ...core, usc };
}
