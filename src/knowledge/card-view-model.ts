/**
 * A context card as a reader sees it, as plain data: the card UI renders exactly these blocks and
 * the CLI prints their text, so a test of one is a test of the other. Built by `card-view.ts`.
 */
import type { MentionKind } from '../core/types';

export type TextRole =
  | 'headline'
  /** A headline that is a whole sentence (a number no series matches), set as body text. */
  | 'sentence'
  | 'formal-name'
  | 'facts'
  | 'as-of'
  | 'summary'
  | 'in-article'
  | 'caveat'
  | 'series-name'
  | 'comparison'
  | 'position'
  | 'context'
  | 'note'
  | 'heading'
  | 'aka';

export interface TextBlock {
  readonly type: 'text';
  readonly role: TextRole;
  readonly text: string;
}

export interface ListBlock {
  readonly type: 'list';
  readonly role: 'other-roles' | 'penalties' | 'related' | 'context';
  readonly heading: string | null;
  readonly items: readonly string[];
}

export interface SeriesPoint {
  readonly period: string;
  readonly value: number;
}

/** A small line chart of an official series, the article's period marked. */
export interface SparklineBlock {
  readonly type: 'sparkline';
  /** What a screen reader hears for the chart. */
  readonly label: string;
  /** The visible line under it: the span and the extremes. */
  readonly caption: string;
  readonly points: readonly SeriesPoint[];
  readonly highlight: string | null;
}

export interface LinkBlock {
  readonly type: 'link';
  readonly url: string;
  readonly text: string;
}

/** A button that copies `text` to the clipboard and says so. */
export interface CopyBlock {
  readonly type: 'copy';
  readonly label: string;
  readonly text: string;
  readonly confirmation: string;
  readonly failure: string;
}

export interface SourceItem {
  readonly url: string;
  /** The linked words. */
  readonly linkText: string;
  /** The words after the link (publisher, as-of date). */
  readonly rest: string;
}

export interface SourcesBlock {
  readonly type: 'sources';
  readonly heading: string;
  readonly items: readonly SourceItem[];
}

export type CardBlock = TextBlock | ListBlock | SparklineBlock | LinkBlock | CopyBlock | SourcesBlock;

export interface CardView {
  readonly kind: MentionKind;
  /** The entity id, or an id made from the article for what the knowledge file does not hold. */
  readonly cardId: string;
  readonly kindLabel: string;
  /** The name line. */
  readonly title: string;
  /** The first line under the name (also the first block). */
  readonly headline: string | null;
  /** The dialog's accessible name; contains the entity's name. */
  readonly label: string;
  readonly blocks: readonly CardBlock[];
}

/** The visible text of one block, one string per line a reader sees. */
export function blockLines(block: CardBlock): string[] {
  switch (block.type) {
    case 'text':
      return [block.text];
    case 'list':
      return [...(block.heading ? [block.heading] : []), ...block.items];
    case 'sparkline':
      return [block.caption];
    case 'link':
      return [block.text];
    case 'copy':
      return [block.label];
    case 'sources':
      return [block.heading, ...block.items.map((item) => `${item.linkText}${item.rest}`)];
  }
}

/** All of the card's visible text, one line per line the card shows. */
export function cardViewText(view: CardView): string {
  return [view.kindLabel, view.title, ...view.blocks.flatMap(blockLines)].join('\n');
}
