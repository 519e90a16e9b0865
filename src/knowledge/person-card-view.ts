/** The card of a person: from the knowledge file when it holds them, else from the article alone. */
import type { Mention, PersonMention } from '../core/types';
import { formatList, message, pluralMessage } from '../i18n';
import { kindDefinition } from '../kinds';
import { present, sourcesBlock } from './card-sources';
import type { CardBlock, CardView } from './card-view-model';
import type { PersonCard } from './entity-card';
import { personTimeline } from './person-timeline';

export interface PersonViewInput {
  readonly mention: PersonMention;
  readonly card: PersonCard | null;
  /** Every mention of the article, to count and describe the same person. */
  readonly mentions: readonly Mention[];
  readonly articleDate: string | null;
  readonly now: Date;
}

/** The id of a card for someone the knowledge file does not hold. */
export function articlePersonCardId(personKey: string): string {
  return `article:person:${personKey}`;
}

function samePerson(mention: PersonMention, mentions: readonly Mention[]): PersonMention[] {
  const same = mentions.filter((m): m is PersonMention => m.kind === 'person' && m.personKey === mention.personKey);
  return same.length > 0 ? same : [mention];
}

/**
 * The name as the article writes it in full, without a title before it ("Dr. Alan Greer" → "Alan
 * Greer"): the recognizer's chain name, else the key found in a mention's text (a key folded
 * from "Weizsäcker" is not found in it, hence the chain name first).
 */
function nameFromArticle(mention: PersonMention, same: readonly PersonMention[]): string {
  if (mention.name) return mention.name;
  for (const m of same) {
    const at = m.text.toLowerCase().indexOf(mention.personKey);
    if (at >= 0) return m.text.slice(at, at + mention.personKey.length);
  }
  return mention.text;
}

/**
 * "Biden" in an article naming Joe and Hunter Biden: whom it means is not said, so the card says
 * that, not that the person is missing from the knowledge file.
 */
function namesakesNote(mention: PersonMention, same: readonly PersonMention[]): string | null {
  const names = mention.namesakes ?? same.find((m) => m.namesakes)?.namesakes;
  if (!names || names.length < 2) return null;
  return message('cardAmbiguousPerson', formatList(names, 'conjunction'));
}

export function personView(input: PersonViewInput): CardView {
  const { mention, card } = input;
  const same = samePerson(mention, input.mentions);
  const description = mention.articleDescription ?? same.find((m) => m.articleDescription)?.articleDescription ?? null;
  const describedAs = description ? message('cardDescribedAs', description) : null;
  const mentioned = pluralMessage('cardMentioned', same.length);
  const inArticle = [describedAs, mentioned].filter(Boolean).join(' ');
  const kindLabel = message(kindDefinition('person').singularMessage);
  if (card === null) {
    const title = nameFromArticle(mention, same);
    const headline = describedAs ?? mentioned;
    const blocks: CardBlock[] = [
      { type: 'text', role: 'headline', text: headline },
      ...(describedAs ? [{ type: 'text' as const, role: 'in-article' as const, text: mentioned }] : []),
      { type: 'text', role: 'note', text: namesakesNote(mention, same) ?? message('cardNotInKnowledgePerson') },
    ];
    return { kind: 'person', cardId: articlePersonCardId(mention.personKey), kindLabel, title, headline, label: title, blocks };
  }
  const timeline = personTimeline(card, input.articleDate, input.now);
  // A year is a name, not a quantity: no digit grouping.
  const facts = [timeline.party, card.state, card.birthYear ? message('cardBorn', String(card.birthYear)) : null].filter(Boolean).join(' · ');
  const blocks = present<CardBlock>([
    card.formalName !== null && card.formalName !== card.name && { type: 'text', role: 'formal-name', text: card.formalName },
    timeline.headline !== null && { type: 'text', role: 'headline', text: timeline.headline },
    facts !== '' && { type: 'text', role: 'facts', text: facts },
    timeline.asOf !== null && { type: 'text', role: 'as-of', text: timeline.asOf },
    { type: 'text', role: 'summary', text: card.summary },
    timeline.otherRoles.length > 0 && { type: 'list', role: 'other-roles', heading: message('cardOtherRoles'), items: timeline.otherRoles },
    { type: 'text', role: 'in-article', text: inArticle },
    card.caveat !== null && { type: 'text', role: 'caveat', text: card.caveat },
    sourcesBlock(card.sources),
  ]);
  return { kind: 'person', cardId: card.id, kindLabel, title: card.name, headline: timeline.headline, label: card.name, blocks };
}
