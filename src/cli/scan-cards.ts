/**
 * `scan --cards`: the cards a reader would open on the page, built by the same view model the
 * extension's card UI renders (`knowledge/card-view.ts`), keyed by entity id (or, for what the
 * knowledge file does not hold, by an id made from the article) and reachable from each mention
 * through its `cardId`.
 */
import type { Mention } from '../core/types';
import { cardsForIds, referencedCardIds } from '../knowledge/card-data';
import { buildCardView } from '../knowledge/card-view';
import { cardViewText } from '../knowledge/card-view-model';
import type { KnowledgeFile } from '../knowledge/schema';

export interface ScanCard {
  readonly kind: Mention['kind'];
  readonly title: string;
  readonly headline: string | null;
  readonly text: string;
}

export interface ScannedCards {
  readonly cards: Readonly<Record<string, ScanCard>>;
  /** The card id of each mention, in the mentions' order. */
  readonly cardIds: readonly string[];
}

export function scanCards(file: KnowledgeFile, mentions: readonly Mention[], articleDate: string | null, now: Date): ScannedCards {
  const data = cardsForIds(file, referencedCardIds(mentions));
  const cards: Record<string, ScanCard> = {};
  const cardIds = mentions.map((mention) => {
    const view = buildCardView({ mention, cards: data, mentions, articleDate, now });
    cards[view.cardId] ??= { kind: view.kind, title: view.title, headline: view.headline, text: cardViewText(view) };
    return view.cardId;
  });
  return { cards, cardIds };
}
