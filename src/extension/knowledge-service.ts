/**
 * The knowledge index, loaded once per background lifetime from the packaged file and shared by
 * every tab. Recognition runs here so tabs never hold the index.
 */
import browser from 'webextension-polyfill';
import { recognize } from '../core/recognize';
import { cardsForIds, referencedCardIds } from '../knowledge/card-data';
import { buildKnowledgeIndex } from '../knowledge/knowledge-index';
import {
  joinWithoutHeadings,
  KNOWLEDGE_CORE_FILE,
  KNOWLEDGE_USC_HEADINGS_FILE,
  KNOWLEDGE_USC_SECTIONS_FILE,
  withUscHeadings,
  type KnowledgeCore,
  type UscHeadings,
  type UscSections,
} from '../knowledge/knowledge-parts';
import type { KnowledgeFile } from '../knowledge/schema';
import type { KnowledgeInfo, RecognizeResponse } from './messages';

interface LoadedKnowledge {
  /** Without U.S. Code headings: enough to recognise and to build every other card. */
  readonly file: KnowledgeFile;
  readonly lookup: ReturnType<typeof buildKnowledgeIndex>;
  /** Time from the request to the index being ready, measured on this (possibly cold) worker. */
  readonly loadMs: number;
}

let loading: Promise<LoadedKnowledge> | null = null;

async function packaged<T>(name: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(name));
  // The file is validated against its schema in the tests; validating it again here would double the cold start.
  return (await response.json()) as T;
}

async function load(): Promise<LoadedKnowledge> {
  const started = performance.now();
  const [core, sections] = await Promise.all([packaged<KnowledgeCore>(KNOWLEDGE_CORE_FILE), packaged<UscSections>(KNOWLEDGE_USC_SECTIONS_FILE)]);
  const file = joinWithoutHeadings(core, sections);
  const lookup = buildKnowledgeIndex(file);
  return { file, lookup, loadMs: performance.now() - started };
}

function knowledge(): Promise<LoadedKnowledge> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export function preloadKnowledge(): void {
  knowledge().catch(() => undefined);
}

let withHeadings: Promise<KnowledgeFile> | null = null;

/** The full file, headings included: fetched the first time a card for a Code section is built. */
function knowledgeWithHeadings(file: KnowledgeFile): Promise<KnowledgeFile> {
  withHeadings ??= packaged<UscHeadings>(KNOWLEDGE_USC_HEADINGS_FILE).then(
    (headings) => withUscHeadings(file, headings),
    (error: unknown) => {
      withHeadings = null;
      throw error;
    },
  );
  return withHeadings;
}

export async function recognizeText(text: string, publishedYear: number | null): Promise<RecognizeResponse> {
  const loaded = await knowledge();
  const mentions = recognize(text, loaded.lookup, publishedYear === null ? {} : { publishedYear });
  const ids = referencedCardIds(mentions);
  const file = [...ids].some((id) => id.startsWith('usc:')) ? await knowledgeWithHeadings(loaded.file) : loaded.file;
  return { mentions, cards: cardsForIds(file, ids) };
}

export async function knowledgeInfo(): Promise<KnowledgeInfo> {
  const { file, loadMs } = await knowledge();
  return {
    asOf: file.asOf,
    loadMs,
  };
}
