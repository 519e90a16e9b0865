/**
 * The knowledge index, loaded once per background lifetime from the packaged file and shared by
 * every tab. Recognition runs here so tabs never hold the index.
 */
import browser from 'webextension-polyfill';
import { recognize } from '../core/recognize';
import type { Mention } from '../core/types';
import { cardFor } from '../knowledge/card-data';
import type { EntityCard } from '../knowledge/entity-card';
import { buildKnowledgeIndex } from '../knowledge/knowledge-index';
import { joinKnowledgeParts, KNOWLEDGE_CORE_FILE, KNOWLEDGE_USC_FILE, type KnowledgeCore, type KnowledgeUsc } from '../knowledge/knowledge-parts';
import type { KnowledgeFile } from '../knowledge/schema';
import type { KnowledgeInfo, RecognizeResponse } from './messages';

interface LoadedKnowledge {
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
  const [core, usc] = await Promise.all([packaged<KnowledgeCore>(KNOWLEDGE_CORE_FILE), packaged<KnowledgeUsc>(KNOWLEDGE_USC_FILE)]);
  const file = joinKnowledgeParts(core, usc);
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

function referencedIds(mentions: readonly Mention[]): Set<string> {
  const ids = new Set<string>();
  for (const mention of mentions) {
    if (mention.entityId) ids.add(mention.entityId);
    if (mention.kind === 'statistic' && mention.comparison) ids.add(mention.comparison.seriesId);
  }
  return ids;
}

export async function recognizeText(text: string): Promise<RecognizeResponse> {
  const { file, lookup } = await knowledge();
  const mentions = recognize(text, lookup);
  const cards: Record<string, EntityCard> = {};
  for (const id of referencedIds(mentions)) {
    const card = cardFor(file, id);
    if (card) cards[id] = card;
  }
  return { mentions, cards };
}

export async function knowledgeInfo(): Promise<KnowledgeInfo & { loadMs: number }> {
  const { file, loadMs } = await knowledge();
  return {
    asOf: file.asOf,
    counts: {
      people: file.people.length,
      usCodeTitles: Object.keys(file.usc).length,
      acts: file.acts.length,
      series: file.series.length,
    },
    loadMs,
  };
}
