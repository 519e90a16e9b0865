/**
 * Page-level article metadata: JSON-LD (including @graph, arrays, CDATA-wrapped and malformed
 * blocks) and Open Graph. Nothing here decides; it only reports what the page claims.
 */
import { runAtOnce, type Steps } from './work-slices';

export interface ArticleMetadata {
  /** A JSON-LD node typed as an article (NewsArticle, BlogPosting, ...). */
  jsonLdArticle: boolean;
  /** The longest JSON-LD articleBody/text of an article node, if any. */
  jsonLdBody: string | null;
  /** JSON-LD headline of the article node. */
  jsonLdHeadline: string | null;
  /** og:type is article (or a subtype). */
  ogArticle: boolean;
  ogTitle: string | null;
  /** Year the page says the article was published (JSON-LD datePublished, article:published_time, else its `<time datetime>`). */
  publishedYear: number | null;
  /** The same date to the day (ISO `YYYY-MM-DD`), when the page gives the day. */
  publishedDate: string | null;
}

/** Dates in metadata start with a four-digit year (ISO 8601 and its common variants), often the month and day. */
const LEADING_DATE = /^\s*(\d{4})-(?:(\d{2})-(\d{2})(?!\d))?/;
const PUBLISHED_META = new Set(['article:published_time', 'article:published', 'datepublished', 'pubdate', 'publish-date', 'date']);

/** Fills the publication year and day from the first date-like value the page offers. */
function notePublished(meta: ArticleMetadata, value: string | null | undefined): void {
  if (meta.publishedYear !== null || !value) return;
  const match = LEADING_DATE.exec(value);
  if (!match) return;
  meta.publishedYear = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month >= 1 && month <= 12 && day >= 1 && day <= 31) meta.publishedDate = `${match[1]}-${match[2]}-${match[3]}`;
}

const ARTICLE_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:\w*Article|BlogPosting|Report|LiveBlogPosting|OpinionNewsArticle|SocialMediaPosting)$/;

function stripWrapper(raw: string): string {
  let text = raw.trim();
  if (text.startsWith('<!--')) text = text.slice(4);
  if (text.endsWith('-->')) text = text.slice(0, -3);
  text = text.trim();
  // Tidy-processed pages wrap the JSON in CDATA, sometimes inside JS comments.
  text = text.replace(/^\/\/\s*<!\[CDATA\[|^<!\[CDATA\[/, '').replace(/\/\/\s*\]\]>$|\]\]>$/, '');
  return text.trim();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Raw control characters inside strings are the commonest breakage; retry once without them.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function collectNodes(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  out.push(value);
  const graph = value['@graph'];
  if (graph !== undefined) collectNodes(graph, out, depth + 1);
  const main = value['mainEntity'] ?? value['mainEntityOfPage'];
  if (isRecord(main)) collectNodes(main, out, depth + 1);
}

function stringField(node: Record<string, unknown>, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
}

/**
 * The page's own `<time datetime>` when no metadata gives the date: one marked as the publication
 * date (`itemprop="datePublished"`, `pubdate`), else the first, which on a news page is the
 * story's dateline (related stories and comments come after it).
 */
function publishedTime(doc: Document): string | null {
  let first: string | null = null;
  for (const time of doc.getElementsByTagName('time')) {
    const value = time.getAttribute('datetime');
    if (!value || !LEADING_DATE.test(value)) continue;
    if (time.getAttribute('itemprop') === 'datePublished' || time.hasAttribute('pubdate')) return value;
    first ??= value;
  }
  return first;
}

/**
 * JSON-LD blocks longer than this are not read: parsing one cannot be cut into slices, and no
 * article's metadata is this long (a page may still declare megabytes of it).
 */
const MAX_JSON_LD_CHARS = 1_000_000;

export function readArticleMetadata(doc: Document): ArticleMetadata {
  return runAtOnce(readArticleMetadataSteps(doc));
}

/** Yields after each JSON-LD block, the one costly part of reading metadata. */
export function* readArticleMetadataSteps(doc: Document): Steps<ArticleMetadata> {
  const meta: ArticleMetadata = {
    jsonLdArticle: false,
    jsonLdBody: null,
    jsonLdHeadline: null,
    ogArticle: false,
    ogTitle: null,
    publishedYear: null,
    publishedDate: null,
  };
  // Tag-name collections and attribute reads, not selectors: selector engines outside the
  // browser (jsdom) cost more than the whole density pass.
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const json = script.textContent;
    if (json.length > MAX_JSON_LD_CHARS) continue;
    const nodes: Record<string, unknown>[] = [];
    collectNodes(parseJson(stripWrapper(json)), nodes, 0);
    yield;
    for (const node of nodes) {
      if (!typesOf(node).some((t) => ARTICLE_TYPE.test(t))) continue;
      meta.jsonLdArticle = true;
      const body = stringField(node, 'articleBody') ?? stringField(node, 'text');
      if (body !== null && body.length > (meta.jsonLdBody?.length ?? 0)) meta.jsonLdBody = body;
      meta.jsonLdHeadline ??= stringField(node, 'headline');
      notePublished(meta, stringField(node, 'datePublished'));
    }
  }
  let ogType: string | null = null;
  let ogTitle: string | null = null;
  for (const tag of doc.getElementsByTagName('meta')) {
    const property = tag.getAttribute('property');
    if (property === 'og:type') ogType ??= tag.getAttribute('content') ?? '';
    else if (property === 'og:title') ogTitle ??= tag.getAttribute('content')?.trim() ?? '';
    // A tag may name its date several ways at once: property="article:published" itemprop="datePublished dateCreated".
    const dateKeys = [property, tag.getAttribute('name'), ...(tag.getAttribute('itemprop') ?? '').split(/\s+/)].map((k) => (k ?? '').toLowerCase());
    // Some saved and server-rendered pages carry the value in `value` rather than `content`.
    if (dateKeys.some((k) => PUBLISHED_META.has(k))) notePublished(meta, tag.getAttribute('content') ?? tag.getAttribute('value'));
  }
  if (meta.publishedYear === null) notePublished(meta, publishedTime(doc));
  meta.ogArticle = /^article\b/i.test((ogType ?? '').trim());
  meta.ogTitle = ogTitle !== null && ogTitle.length > 0 ? ogTitle : null;
  return meta;
}
