/** Every message that crosses a context boundary, as one typed vocabulary. */
import type { Mention } from '../core/types';
import type { MarkSummary } from '../page/annotator';
import type { EntityCard } from '../knowledge/entity-card';

export interface RecognizeRequest {
  readonly type: 'footnote:recognize';
  readonly text: string;
  readonly publishedYear: number | null;
}

export interface RecognizeResponse {
  readonly mentions: readonly Mention[];
  readonly cards: Readonly<Record<string, EntityCard>>;
}

export interface KnowledgeInfoRequest {
  readonly type: 'footnote:knowledge-info';
}

export interface KnowledgeInfo {
  /** The knowledge file's as-of date. */
  readonly asOf: string;
  /** How long this background took to load the index, for the benchmarks. */
  readonly loadMs: number;
}

/** Content script -> background: how many marks this tab shows, for the badge. */
export interface MarkCountReport {
  readonly type: 'footnote:mark-count';
  readonly count: number;
}

/** Popup -> content script: what is marked here. */
export interface PageMentionsRequest {
  readonly type: 'footnote:page-mentions';
}

export type PageMentionSummary = MarkSummary;

export interface PageMentionsResponse {
  readonly articleFound: boolean;
  readonly mentions: readonly PageMentionSummary[];
}

/** Popup -> content script: scroll to a mark and open its card. */
export interface RevealMentionRequest {
  readonly type: 'footnote:reveal-mention';
  readonly index: number;
}

/** Background -> content script: the keyboard shortcut to move between marks. */
export interface StepMarkRequest {
  readonly type: 'footnote:step-mark';
  readonly direction: 1 | -1;
}

/** Popup -> background: run Footnote on a site the user has just granted. */
export interface EnableSiteRequest {
  readonly type: 'footnote:enable-site';
  readonly origin: string;
  readonly tabId: number;
}

/** Content script -> background: put the card UI into this frame's content-script world. */
export interface InjectCardUiRequest {
  readonly type: 'footnote:inject-card-ui';
}

export type BackgroundRequest = RecognizeRequest | KnowledgeInfoRequest | MarkCountReport | EnableSiteRequest | InjectCardUiRequest;
export type ContentRequest = PageMentionsRequest | RevealMentionRequest | StepMarkRequest;

export function isObjectWithType(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
