/** The card of a statute, an act or a constitutional provision. */
import type { StatuteMention } from '../core/types';
import { formatList, message } from '../i18n';
import { kindDefinition } from '../kinds';
import { present, sourcesBlock } from './card-sources';
import type { CardBlock, CardView } from './card-view-model';
import type { RelatedStatute, StatuteCard } from './entity-card';

/** The id of a card for a citation the knowledge file does not hold. */
export function articleStatuteCardId(citation: string): string {
  return `article:statute:${citation}`;
}

const SECTION_TAIL = /§+\s*([0-9A-Za-z.()-]+)$/;

/**
 * One line per related provision, naming each thing once: "Immigration and Nationality Act § 274"
 * rather than "INA § 274 — Immigration and Nationality Act § 274".
 */
export function relatedLine(related: RelatedStatute): string {
  const { citation, label } = related;
  if (!label || label === citation) return citation;
  if (label.includes(citation)) return label;
  const citedSection = SECTION_TAIL.exec(citation)?.[1];
  if (citedSection !== undefined && SECTION_TAIL.exec(label)?.[1] === citedSection) return label;
  return `${citation} — ${label}`;
}

/** An act is named by its name; a Code section or constitutional clause by its citation. */
function isNamedAct(card: StatuteCard): boolean {
  return card.id.startsWith('act:');
}

export function statuteView(mention: StatuteMention, card: StatuteCard | null): CardView {
  const kindLabel = message(kindDefinition('statute').singularMessage);
  if (card === null) {
    // A state's code is law the reader may look up, but not law the knowledge file holds.
    const stateLaw = mention.jurisdiction === 'state';
    const headline = message(stateLaw ? 'cardStateLawNotInKnowledge' : 'cardNotInKnowledgeStatute');
    const blocks: CardBlock[] = [{ type: 'text', role: 'headline', text: headline }];
    return {
      kind: 'statute',
      cardId: articleStatuteCardId(mention.citation),
      kindLabel,
      title: mention.citation,
      headline,
      label: mention.citation,
      blocks,
    };
  }
  const named = isNamedAct(card);
  const title = named && card.title ? card.title : card.citation;
  const lines = (named ? [card.citation, card.heading] : [card.title, card.heading]).filter((l): l is string => Boolean(l) && l !== title);
  const headline = named ? (card.heading ?? card.citation) : (card.heading ?? card.title ?? card.summary);
  const ordered = headline !== null && lines.includes(headline) ? [headline, ...lines.filter((l) => l !== headline)] : lines;
  const akas = card.popularNames.filter((n) => n !== title);
  const blocks = present<CardBlock>([
    ...ordered.map((text, i): CardBlock => ({ type: 'text', role: i === 0 && text === headline ? 'headline' : 'heading', text })),
    card.summary !== null && { type: 'text', role: card.summary === headline ? 'headline' : 'summary', text: card.summary },
    card.penalties.length > 0 && { type: 'list', role: 'penalties', heading: message('cardPenalties'), items: card.penalties },
    akas.length > 0 && { type: 'text', role: 'aka', text: message('cardAlsoKnownAs', formatList(akas, 'unit')) },
    card.related.length > 0 && { type: 'list', role: 'related', heading: message('cardRelated'), items: [...new Set(card.related.map(relatedLine))] },
    card.officialUrl !== null && { type: 'link', url: card.officialUrl, text: message('cardOfficialText') },
    { type: 'copy', label: message('cardCopyCitation'), text: card.citation, confirmation: message('cardCitationCopied'), failure: message('cardCopyFailed') },
    sourcesBlock(card.sources),
  ]);
  return { kind: 'statute', cardId: card.id, kindLabel, title, headline, label: title === card.citation ? title : `${title} (${card.citation})`, blocks };
}
