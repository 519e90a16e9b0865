/**
 * `footnote scan`: the same page scan and recognition the extension runs (`scanDocument`, then
 * `recognize` with the scan's options), over a static HTML document, as the JSON object
 * `docs/ARCHITECTURE.md` ("The scan command's output") fixes.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { itemAt } from '../core/item-at';
import { recognize } from '../core/recognize';
import type { KnowledgeLookup, Mention } from '../core/types';
import { cardFor } from '../knowledge/card-data';
import type { EntityCard } from '../knowledge/entity-card';
import type { KnowledgeFile } from '../knowledge/schema';
import { scanDocument } from '../page/scan-document';
import { neutraliseStyles } from './neutralise-styles';
import { scanCards, type ScanCard } from './scan-cards';

export interface ScanEntity {
  readonly id: string;
  readonly name: string;
}

export type ScanMention = Omit<Mention, 'entityId'> & { readonly entity: ScanEntity | null; readonly cardId?: string };

export interface ScanResult {
  readonly url: string | null;
  readonly title: string | null;
  /**
   * `truncated`: the article was longer than Footnote reads, and `text` is its beginning.
   * `english`: false when the article is in another language, which is left unmarked (no mentions).
   */
  readonly article: { readonly text: string; readonly truncated: boolean; readonly published: string | null; readonly english: boolean } | null;
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
  const dom = new JSDOM(neutraliseStyles(html), { url: url ?? 'http://localhost/', virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const scan = scanDocument(doc);
    const pageTitle = doc.title.trim() || null;
    if (!scan) return { url, title: pageTitle, article: null, signals: [], mentions: [] };
    const { detection, text, truncated, articleDate: published, english } = scan;
    const recognized = english ? recognize(text, knowledge.lookup, scan.options) : [];
    const mentions = recognized.map((mention) => toScanMention(mention, knowledge));
    const base = { url, title: detection.title ?? pageTitle, article: { text, truncated, published, english }, signals: detection.signals, mentions };
    if (!options.cards) return base;
    const { cards, cardIds } = scanCards(knowledge.file, recognized, published, options.now ?? new Date());
    return { ...base, mentions: mentions.map((mention, i) => ({ ...mention, cardId: itemAt(cardIds, i) })), cards };
  } finally {
    dom.window.close();
  }
}
