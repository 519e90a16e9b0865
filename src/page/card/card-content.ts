/**
 * The inside of a context card for one mark, built from the mention and the knowledge file's card
 * data. Returns the content and the dialog's accessible name.
 */
import type { Mention, PersonMention, StatisticMention, StatuteMention } from '../../core/types';
import type { EntityCard, PersonCard, SeriesCard, SourceRef, StatuteCard } from '../../knowledge/entity-card';
import { differenceText, groupedNumber, normalizedValueText, qualifierText, timesText } from './card-format';
import { element, safeLink } from './dom-builder';

export interface CardRequest {
  readonly mention: Mention;
  readonly cards: Readonly<Record<string, EntityCard>>;
  /** How many marks in this article refer to the same person. */
  readonly occurrences: number;
}

export interface CardContent {
  readonly label: string;
  readonly kindLabel: string;
  readonly body: HTMLElement;
}

function sourcesList(doc: Document, sources: readonly SourceRef[]): HTMLElement | null {
  if (sources.length === 0) return null;
  const items = sources.map((source) =>
    element(doc, 'li', {}, [
      safeLink(doc, source.url, source.title ?? source.publisher) ?? source.publisher,
      source.title ? ` — ${source.publisher}` : '',
      `, as of ${source.asOf}`,
    ]),
  );
  return element(doc, 'footer', { class: 'sources' }, [
    element(doc, 'h3', {}, ['Sources']),
    element(doc, 'ul', {}, items),
  ]);
}

function line(doc: Document, className: string, text: string | null): HTMLElement | null {
  return text ? element(doc, 'p', { class: className }, [text]) : null;
}

function personBody(doc: Document, mention: PersonMention, card: PersonCard | null, occurrences: number): CardContent {
  const name = card?.name ?? mention.text;
  const role = card?.role ? `${card.roleIsCurrent ? '' : 'Former '}${card.role}` : null;
  const facts = [card?.party, card?.state, card?.birthYear ? `born ${card.birthYear}` : null].filter(Boolean).join(' · ');
  const inArticle = [
    mention.articleDescription ? `Described here as “${mention.articleDescription}”.` : null,
    `Mentioned ${timesText(occurrences)} in this article.`,
  ]
    .filter(Boolean)
    .join(' ');
  const body = element(doc, 'div', {}, [
    element(doc, 'h2', { id: 'footnote-card-title' }, [name]),
    line(doc, 'role', role && card?.roleDates ? `${role} (${card.roleDates})` : role),
    line(doc, 'facts', facts || null),
    line(doc, 'summary', card?.summary ?? 'Not in Footnote’s knowledge file.'),
    card && card.otherRoles.length > 0
      ? element(doc, 'ul', { class: 'other-roles' }, card.otherRoles.slice(0, 3).map((r) => element(doc, 'li', {}, [r])))
      : null,
    line(doc, 'in-article', inArticle),
    line(doc, 'caveat', card?.caveat ?? null),
    card ? sourcesList(doc, card.sources) : null,
  ]);
  return { label: name, kindLabel: 'Person', body };
}

function statuteBody(doc: Document, mention: StatuteMention, card: StatuteCard | null): CardContent {
  const citation = card?.citation ?? mention.citation;
  const related =
    card && card.related.length > 0
      ? element(doc, 'div', { class: 'related' }, [
          element(doc, 'h3', {}, ['Related']),
          element(
            doc,
            'ul',
            {},
            card.related.map((r) => element(doc, 'li', {}, [`${r.citation}${r.label ? ` — ${r.label}` : ''}`])),
          ),
        ])
      : null;
  const penalties =
    card && card.penalties.length > 0
      ? element(doc, 'div', { class: 'penalties' }, [
          element(doc, 'h3', {}, ['Penalties']),
          element(doc, 'ul', {}, card.penalties.map((p) => element(doc, 'li', {}, [p]))),
        ])
      : null;
  const official = card?.officialUrl ? safeLink(doc, card.officialUrl, 'Read the official text') : null;
  const body = element(doc, 'div', {}, [
    element(doc, 'h2', { id: 'footnote-card-title' }, [citation]),
    line(doc, 'title', card?.title ?? null),
    line(doc, 'heading', card?.heading ?? null),
    line(doc, 'summary', card?.summary ?? (card ? null : 'Footnote has no entry for this provision.')),
    penalties,
    card && card.popularNames.length > 0 ? line(doc, 'aka', `Also known as: ${card.popularNames.join(', ')}`) : null,
    related,
    official ? element(doc, 'p', { class: 'official' }, [official]) : null,
    card ? sourcesList(doc, card.sources) : null,
  ]);
  return { label: citation, kindLabel: 'Law', body };
}

function statisticBody(doc: Document, mention: StatisticMention, series: SeriesCard | null): CardContent {
  const comparison = mention.comparison;
  const qualifier = qualifierText(mention.qualifier);
  const official =
    comparison && series
      ? element(doc, 'div', { class: 'official-figure' }, [
          element(doc, 'h3', {}, ['Official figure']),
          element(doc, 'p', {}, [
            `${series.name}: ${groupedNumber(comparison.officialValue)} ${series.unitLabel} in ${comparison.period} (${comparison.periodReason}).`,
          ]),
          element(doc, 'p', { class: 'difference' }, [`The article’s number is ${differenceText(comparison.differencePercent)}.`]),
        ])
      : null;
  const body = element(doc, 'div', {}, [
    element(doc, 'h2', { id: 'footnote-card-title' }, [mention.text]),
    line(doc, 'value', `Value: ${normalizedValueText(mention)}`),
    line(doc, 'counts', mention.counts ? `Counts: ${mention.counts}` : null),
    line(doc, 'qualifier', qualifier ? `Qualifier: ${qualifier}` : null),
    official,
    series ? sourcesList(doc, series.sources) : null,
  ]);
  const label = series ? `${mention.text} — ${series.name}` : mention.text;
  return { label, kindLabel: 'Statistic', body };
}

function cardOf<K extends EntityCard['kind']>(
  cards: Readonly<Record<string, EntityCard>>,
  id: string | null | undefined,
  kind: K,
): Extract<EntityCard, { kind: K }> | null {
  const card = id ? cards[id] : undefined;
  return card && card.kind === kind ? (card as Extract<EntityCard, { kind: K }>) : null;
}

export function buildCardContent(doc: Document, request: CardRequest): CardContent {
  const { mention, cards } = request;
  switch (mention.kind) {
    case 'person':
      return personBody(doc, mention, cardOf(cards, mention.entityId, 'person'), request.occurrences);
    case 'statute':
      return statuteBody(doc, mention, cardOf(cards, mention.entityId, 'statute'));
    case 'statistic':
      return statisticBody(doc, mention, cardOf(cards, mention.comparison?.seriesId ?? mention.entityId, 'series'));
  }
}
