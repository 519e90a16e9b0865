/**
 * `footnote scan`: the same detection, indexing and recognition the extension runs, over a static
 * HTML document, as the JSON object BRIEF.md section 3 fixes.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { MAX_ARTICLE_CHARS } from '../constants';
import { recognize } from '../core/recognize';
import type { KnowledgeLookup, Mention } from '../core/types';
import { cardFor } from '../knowledge/card-data';
import type { EntityCard } from '../knowledge/entity-card';
import type { KnowledgeFile } from '../knowledge/schema';
import { detectArticle } from '../page/detect-article';
import { buildTextIndex } from '../page/text-index';
import { scanCards, type ScanCard } from './scan-cards';

export interface ScanEntity {
  readonly id: string;
  readonly name: string;
}

export type ScanMention = Omit<Mention, 'entityId'> & { readonly entity: ScanEntity | null; readonly cardId?: string };

export interface ScanResult {
  readonly url: string | null;
  readonly title: string | null;
  readonly article: { readonly text: string } | null;
  readonly signals: readonly string[];
  readonly mentions: readonly ScanMention[];
  readonly cards?: Readonly<Record<string, ScanCard>>;
}

export interface ScanOptions {
  /** Add the cards a reader would open (`--cards`). */
  readonly cards?: boolean;
  /** Today, for "as of …; may have changed"; tests pin it. */
  readonly now?: Date;
}

export interface Knowledge {
  readonly file: KnowledgeFile;
  readonly lookup: KnowledgeLookup;
}

function entityName(card: EntityCard): string {
  return card.kind === 'statute' ? card.citation : card.name;
}

function toScanMention(mention: Mention, knowledge: Knowledge): ScanMention {
  const { entityId, ...rest } = mention;
  const card = entityId ? cardFor(knowledge.file, entityId) : null;
  return { ...rest, entity: entityId && card ? { id: entityId, name: entityName(card) } : null };
}

export function scanHtml(html: string, url: string | null, knowledge: Knowledge, options: ScanOptions = {}): ScanResult {
  // Page scripts never run and page console noise is dropped: this is a reader, not a browser.
  const dom = new JSDOM(html, { url: url ?? 'http://localhost/', virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const detection = detectArticle(doc);
    const pageTitle = doc.title.trim() || null;
    if (!detection) return { url, title: pageTitle, article: null, signals: [], mentions: [] };
    const text = buildTextIndex(detection.roots).text.slice(0, MAX_ARTICLE_CHARS);
    const recognized = recognize(text, knowledge.lookup, detection.publishedYear === null ? {} : { publishedYear: detection.publishedYear });
    const mentions = recognized.map((mention) => toScanMention(mention, knowledge));
    const base = { url, title: detection.title ?? pageTitle, article: { text }, signals: detection.signals, mentions };
    if (!options.cards) return base;
    const articleDate = detection.publishedYear === null ? null : String(detection.publishedYear);
    const { cards, cardIds } = scanCards(knowledge.file, recognized, articleDate, options.now ?? new Date());
    return { ...base, mentions: mentions.map((mention, i) => ({ ...mention, cardId: cardIds[i]! })), cards };
  } finally {
    dom.window.close();
  }
}
