/**
 * The knowledge index, loaded once per background lifetime from the packaged file and shared by
 * every tab. Recognition runs here so tabs never hold the index.
 */
import browser from 'webextension-polyfill';
import { recognize } from '../core/recognize';
import type { RecognizeOptions } from '../core/types';
import { cardsForIds, referencedCardIds } from '../knowledge/card-data';
import { buildKnowledgeIndex } from '../knowledge/knowledge-index';
import {
  joinWithoutHeadings,
  KNOWLEDGE_CORE_FILE,
  KNOWLEDGE_USC_HEADINGS_FILE,
  KNOWLEDGE_USC_SECTIONS_FILE,
  isDeferredPerson,
  knowledgePeoplePartFile,
  peoplePartOf,
  withDeferredPeople,
  withUscHeadings,
  type KnowledgeCore,
  type DeferredPeopleIndex,
  type UscHeadings,
  type UscSections,
} from '../knowledge/knowledge-parts';
import type { KnowledgeFile, Person } from '../knowledge/schema';
import { log } from './log';
import type { KnowledgeInfo, RecognizeResponse } from './messages';

interface LoadedKnowledge {
  /** Without U.S. Code headings: enough to recognise and to build every other card. */
  readonly file: KnowledgeFile;
  readonly lookup: ReturnType<typeof buildKnowledgeIndex>;
  /** People recognised from the core's deferred index, whose records are in the people parts. */
  readonly deferred: DeferredPeopleIndex;
  /** Time from the request to the index being ready, measured on this (possibly cold) worker. */
  readonly loadMs: number;
}

/**
 * `load` run once and its promise shared; a failed load is forgotten, so the next caller retries
 * it instead of getting the same error forever.
 */
function sharedUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

async function packaged<T>(name: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(name));
  // The file is validated against its schema in the tests; validating it again here would double the cold start.
  return (await response.json()) as T;
}

async function load(): Promise<LoadedKnowledge> {
  const started = performance.now();
  const [core, sections] = await Promise.all([packaged<KnowledgeCore>(KNOWLEDGE_CORE_FILE), packaged<UscSections>(KNOWLEDGE_USC_SECTIONS_FILE)]);
  const file = joinWithoutHeadings(core, sections);
  const lookup = buildKnowledgeIndex(file, core.deferredPeople);
  return { file, lookup, deferred: core.deferredPeople, loadMs: performance.now() - started };
}

const knowledge = sharedUntilFailure(load);

export function preloadKnowledge(): void {
  // The first tab that asks retries the load and gets the error itself; this is only a head start.
  knowledge().catch(log.failure('Preloading the knowledge index'));
}

/** The full file, headings included: fetched and joined once, the first time a card for a Code section is built. */
const knowledgeWithHeadings = sharedUntilFailure(async (): Promise<KnowledgeFile> => {
  const [loaded, headings] = await Promise.all([knowledge(), packaged<UscHeadings>(KNOWLEDGE_USC_HEADINGS_FILE)]);
  return withUscHeadings(loaded.file, headings);
});

const peopleParts = new Map<number, () => Promise<readonly Person[]>>();

/** One part of the deferred people's records, fetched the first time a card needs one of its people. */
function peoplePart(part: number): Promise<readonly Person[]> {
  let loadPart = peopleParts.get(part);
  if (loadPart === undefined) {
    loadPart = sharedUntilFailure(() => packaged<Person[]>(knowledgePeoplePartFile(part)));
    peopleParts.set(part, loadPart);
  }
  return loadPart();
}

export async function recognizeText(text: string, options: RecognizeOptions): Promise<RecognizeResponse> {
  const loaded = await knowledge();
  const mentions = recognize(text, loaded.lookup, options);
  const ids = referencedCardIds(mentions);
  const base = [...ids].some((id) => id.startsWith('usc:')) ? await knowledgeWithHeadings() : loaded.file;
  const parts = [...new Set([...ids].filter((id) => isDeferredPerson(loaded.deferred, id)).map(peoplePartOf))];
  const file = parts.length === 0 ? base : withDeferredPeople(base, await Promise.all(parts.map(peoplePart)));
  return { mentions, cards: cardsForIds(file, ids) };
}

export async function knowledgeInfo(): Promise<KnowledgeInfo> {
  const { file, loadMs } = await knowledge();
  return { asOf: file.asOf, loadMs };
}
