/**
 * Every message that crosses a context boundary: one map per receiver from message type to a
 * runtime check of its request and of its reply (`runtime-types.ts`), from which the types are
 * inferred. `message-channel.ts` sends and receives through these maps. This module touches no
 * browser API, so scripts and tests read the same map.
 */
import type { Mention, MentionKind } from '../core/types';
import type { EntityCard } from '../knowledge/entity-card';
import { KIND_ORDER } from '../kinds';
import type { MarkSummary } from '../page/annotator';
import {
  array, boolean, finite, integer, isRecord, literal, matching, nothing, nullable, object, optional, record, string,
  type Check, type Checked,
} from './runtime-types';

const MENTION_KINDS: readonly MentionKind[] = KIND_ORDER;

/** The fields every mention shares; the kind-specific fields are the core's to define. */
function isMention(value: unknown): value is Mention {
  return (
    isRecord(value) &&
    MENTION_KINDS.some((kind) => kind === value.kind) &&
    integer(value.start) &&
    integer(value.end) &&
    string(value.text)
  );
}

function isEntityCard(value: unknown): value is EntityCard {
  return isRecord(value) && string(value.kind);
}

const recognizeOptions = object({
  publishedYear: optional(integer),
  publishedDate: optional(matching(/^\d{4}-\d{2}-\d{2}$/)),
});

const recognizeReply = object({ mentions: array(isMention), cards: record(isEntityCard) });

const knowledgeInfoReply = object({
  /** The knowledge file's as-of date. */
  asOf: string,
  /** How long this background took to load the index, for the benchmarks. */
  loadMs: finite,
});

function message<T extends string, S extends Readonly<Record<string, Check<unknown>>>>(type: T, shape: S) {
  return object({ type: literal(type), ...shape });
}

/** Messages the background answers. */
export const BACKGROUND_PROTOCOL = {
  /** Content script: the mentions in this article text, and the cards they reference. */
  'footnote:recognize': {
    request: message('footnote:recognize', { text: string, options: recognizeOptions }),
    reply: recognizeReply,
  },
  /** Popup, benchmarks: the knowledge file's date and load time. */
  'footnote:knowledge-info': { request: message('footnote:knowledge-info', {}), reply: knowledgeInfoReply },
  /** Content script: how many marks this tab shows, for the badge. */
  'footnote:mark-count': {
    request: message('footnote:mark-count', { count: integer }),
    reply: nothing,
  },
  /** Popup: run Footnote on a site the user has just granted. */
  'footnote:enable-site': {
    request: message('footnote:enable-site', { origin: string, tabId: integer }),
    reply: nothing,
  },
  /** Content script: put the card UI into this frame's content-script world. */
  'footnote:inject-card-ui': { request: message('footnote:inject-card-ui', {}), reply: boolean },
} as const;

/**
 * Why a page shows what it shows: the popup turns this into one sentence. `error` carries its
 * reason in `PageMentionsReply.error`.
 */
export const PAGE_STATES = [
  'starting',
  'off-everywhere',
  'off-for-site',
  'not-an-article',
  'not-english',
  'no-matches',
  'marked',
  'background-unreachable',
  'error',
] as const;
export type PageState = (typeof PAGE_STATES)[number];

const markSummary: Check<MarkSummary> = object({
  index: integer,
  kind: literal(...MENTION_KINDS),
  text: string,
  label: string,
  entityKey: string,
});

const pageMentionsReply = object({
  state: literal(...PAGE_STATES),
  /** What went wrong, when `state` is `error` or `background-unreachable`. */
  error: nullable(string),
  /** The article was longer than Footnote reads; only its beginning is marked. */
  truncated: boolean,
  mentions: array(markSummary),
});

/** Main-thread time this content-script instance spent, measured inside the extension with `performance.now()`. */
const pageTimingsReply = object({
  /** The tab's `performance.now()` when this instance started. */
  startedAtMs: finite,
  /** The tab's `performance.now()` when marks were first painted; null before. */
  firstPaintAtMs: nullable(finite),
  /** Scans finished so far, marks or none. */
  scans: integer,
  /** The main-thread time of the longest scan (finding and indexing the article), its slices summed. */
  longestScanMs: nullable(finite),
  /** The longest a scan held the main thread without giving it back. */
  longestScanSliceMs: nullable(finite),
  /** The longest single paint. */
  longestPaintMs: nullable(finite),
});

/** Messages a tab's content script answers. */
export const CONTENT_PROTOCOL = {
  /** Popup: what is marked here, and why nothing is when nothing is. */
  'footnote:page-mentions': { request: message('footnote:page-mentions', {}), reply: pageMentionsReply },
  /** Popup: scroll to a mark and open its card. */
  'footnote:reveal-mention': { request: message('footnote:reveal-mention', { index: integer }), reply: boolean },
  /** Background: the keyboard shortcut to move between marks. */
  'footnote:step-mark': {
    request: message('footnote:step-mark', { direction: literal(1, -1) }),
    reply: boolean,
  },
  /** Popup: the reader overrules "not an article" and asks for the page's largest block of prose to be marked, for this page view. */
  'footnote:annotate-anyway': { request: message('footnote:annotate-anyway', {}), reply: boolean },
  /** Benchmarks, `npm start` and the browser tests: this tab's timings. */
  'footnote:page-timings': { request: message('footnote:page-timings', {}), reply: pageTimingsReply },
} as const;

export type Protocol = Readonly<Record<string, { readonly request: Check<unknown>; readonly reply: Check<unknown> }>>;
export type RequestOf<P extends Protocol, K extends keyof P> = Checked<P[K]['request']>;
export type ReplyOf<P extends Protocol, K extends keyof P> = Checked<P[K]['reply']>;
/** A request without its `type`, which the send helpers add. */
export type PayloadOf<P extends Protocol, K extends keyof P> = Omit<RequestOf<P, K>, 'type'>;

export type BackgroundMessageType = keyof typeof BACKGROUND_PROTOCOL;
export type ContentMessageType = keyof typeof CONTENT_PROTOCOL;
export type BackgroundReply<K extends BackgroundMessageType> = ReplyOf<typeof BACKGROUND_PROTOCOL, K>;
export type ContentReply<K extends ContentMessageType> = ReplyOf<typeof CONTENT_PROTOCOL, K>;

export type RecognizeResponse = BackgroundReply<'footnote:recognize'>;
export type KnowledgeInfo = BackgroundReply<'footnote:knowledge-info'>;
export type PageMentionsReply = ContentReply<'footnote:page-mentions'>;
export type PageTimings = ContentReply<'footnote:page-timings'>;
export type PageMentionSummary = MarkSummary;
