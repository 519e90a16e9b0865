/**
 * One card view model for every mark: the card UI renders it and `scan --cards` prints it.
 * Pure: the mention, the card data the background sent, the article's date and today's date in;
 * the card's lines out.
 */
import type { Mention } from '../core/types';
import type { CardView } from './card-view-model';
import type { EntityCard } from './entity-card';
import { personView } from './person-card-view';
import { statisticView } from './statistic-card-view';
import { statuteView } from './statute-card-view';

export interface CardViewInput {
  readonly mention: Mention;
  readonly cards: Readonly<Record<string, EntityCard>>;
  /** Every mention of the article (the same person's other mentions count and describe them). */
  readonly mentions: readonly Mention[];
  /** The article's publication date (ISO, any precision), when the page says it. */
  readonly articleDate: string | null;
  /** Today, to say when data may be out of date. */
  readonly now: Date;
}

function cardOf<K extends EntityCard['kind']>(cards: Readonly<Record<string, EntityCard>>, id: string | null, kind: K): Extract<EntityCard, { kind: K }> | null {
  const card = id ? cards[id] : undefined;
  return card && card.kind === kind ? (card as Extract<EntityCard, { kind: K }>) : null;
}

export function buildCardView(input: CardViewInput): CardView {
  const { mention, cards } = input;
  switch (mention.kind) {
    case 'person':
      return personView({ ...input, mention, card: cardOf(cards, mention.entityId, 'person') });
    case 'statute':
      return statuteView(mention, cardOf(cards, mention.entityId, 'statute'));
    case 'statistic':
      return statisticView({ mention, cards, articleDate: input.articleDate });
  }
}
