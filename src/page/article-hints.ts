/**
 * Structural hints shared by article detection and the text index: which tags never hold
 * article prose, which are blocks, and what class/id names suggest about an element.
 */

/** Subtrees that never contribute readable article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
  'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT', 'OPTION', 'HEAD', 'LINK', 'META', 'MATH', 'math',
  'AUDIO', 'VIDEO', 'PICTURE', 'IMG', 'DIALOG', 'MENU',
]);

/** Elements whose boundaries separate words like rendered blocks do. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);

/**
 * Breaks that only start a new line of the same text. List items are units of their own, set
 * apart like paragraphs: an item without a full stop ("…to 25% of its current size") must not
 * run on into the next as one sentence.
 */
export const LINE_TAGS: ReadonlySet<string> = new Set(['BR']);

/**
 * Table cells: each row is a paragraph and its cells are set apart by a tab, so recognition can
 * read a cell under its column's heading while no cell runs on into the next.
 */
export const CELL_TAGS: ReadonlySet<string> = new Set(['TD', 'TH']);

/** Class/id words that suggest the article body. */
const POSITIVE_HINT =
  /(?:^|[^a-z])(?:article|body|content|entry|hentry|h-entry|main|post|text|story|blog|prose|rich-?text)(?:[^a-z]|$)|articlebody|storybody|postbody|entrycontent|bodytext/;

/** Class/id words that suggest page furniture around the article. */
const NEGATIVE_HINT =
  /(?:^|[^a-z])(?:comments?|footer|foot|footnotes?|nav|navigation|menu|sidebar|side|related|promo|promos|share|sharing|social|newsletter|signup|subscribe|subscription|ads?|advert|advertisement|advertising|sponsor|sponsored|teaser|teasers|recirc|recommended|outbrain|taboola|widget|banner|masthead|breadcrumbs?|pagination|popular|trending|most-?read|more-?stories|tags|tag-?list|byline|author|dateline|timestamp|caption|credit|credits|toolbar|modal|popup|cookie|gdpr|disclaimer|rail|carousel|skip|hidden|print-?only|read-?more|readmore|also-?read|see-?also|inline-?link|pullquote|pull-?quote)(?:[^a-z]|$)/;

/** Class/id words for boxes embedded in a body that are not the body's own prose. */
const EMBED_HINT =
  /(?:^|[^a-z])(?:twitter-tweet|instagram-media|tiktok-embed|embed|embedded|ad|ads|advert|advertisement|ad-?slot|ad-?container|ad-?wrapper|dfp|gpt|rail|trending|most-?read|most-?popular|next-?prev|prev-?next|pagination|promo|newsletter|signup|subscribe|read-?more|readmore|related|also-?read|see-?also|more-?on|recirc|recommended|outbrain|taboola|share|sharing|social|caption|credit|credits|byline|author|dateline|timestamp|published|updated|toolbar|tags|tag-?list|breadcrumbs?|comments?|disclaimer|correction-?notice|newsletter-?signup|inline-?(?:link|related|promo|newsletter)|pullquote|pull-?quote|visually-?hidden|sr-only|screen-?reader|hidden|print-?only|video|gallery|slideshow|figure|image|img|photo|media)(?:[^a-z]|$)/;

function hintText(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  // Component frameworks name parts in data attributes instead of classes.
  const component = el.getAttribute('data-component') ?? el.getAttribute('data-testid') ?? '';
  return (cls + ' ' + el.id + ' ' + component).toLowerCase();
}

/** Positive minus negative class/id evidence, in score points. */
export function classWeight(el: Element): number {
  const hints = hintText(el);
  if (hints.length < 4) return 0;
  let weight = 0;
  if (NEGATIVE_HINT.test(hints)) weight -= 25;
  if (POSITIVE_HINT.test(hints)) weight += 25;
  return weight;
}

/** A box inside a body whose class/id says it is furniture (tweet, ad, caption, share bar...). */
export function looksEmbedded(el: Element): boolean {
  const hints = hintText(el);
  if (hints.length < 4) return false;
  // A wrapper named both "article-body" and "media" is the body, not an embed.
  return EMBED_HINT.test(hints) && !POSITIVE_HINT.test(hints);
}

const DISPLAY_NONE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by markup alone (no computed style: that is far too slow per node). */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length > 0 && DISPLAY_NONE.test(style);
}

/** Our own UI, editable regions and form fields never count as page text. */
export function isOwnOrEditable(el: Element): boolean {
  if (el.hasAttribute('data-footnote-ui')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * The first `maxChars` characters of `el`'s text (as `textContent` has it), without building the
 * whole of it: a body may hold megabytes, and a question about its opening needs only that.
 */
export function textUpTo(el: Element, maxChars: number): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let text = '';
  for (let node = walker.nextNode(); node !== null && text.length < maxChars; node = walker.nextNode()) text += (node as Text).data;
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
