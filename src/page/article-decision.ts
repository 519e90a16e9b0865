/**
 * Is the located body an article? Listings of teasers and thin pages are not; how much prose is
 * enough depends on how strongly the page claims to be an article.
 */

export interface BodyEvidence {
  /** Characters of prose in the roots. */
  paraText: number;
  paras: number;
  /** `<article>` elements inside the roots. */
  articles: number;
  /** Paragraph text inside those nested `<article>`s. */
  articleParaText: number;
  /** The body is one `<article>` (whatever it nests is its own business). */
  rootIsArticle: boolean;
  /** Headings inside the roots whose text is a link. */
  linkedHeadings: number;
  /** Count of independent article claims (JSON-LD, og:type, microdata, headline, `<article>`). */
  claims: number;
  /** Of those, the claims the page's metadata makes (JSON-LD, og:type, microdata). */
  metaClaims: number;
  /** The roots are the body the page marks up as its article (microdata, JSON-LD text, its `<article>`). */
  declared: boolean;
  /** Text is Chinese, Japanese or Korean: each character carries about a word. */
  cjk: boolean;
}

/** A root holding more `<article>`s than this is a listing of teasers. */
const MAX_NESTED_ARTICLES = 3;
/** Beyond this share of prose inside nested `<article>`s, the body is a list of them. */
const MAX_TEASER_SHARE = 0.5;
/** Teasers carry a snippet under each linked heading; list articles and bodies carry far more prose. */
export const MIN_CHARS_PER_LINKED_HEADING = 400;
/** Prose needed (about 250 words) with no claim at all. */
const MIN_CHARS_UNCLAIMED = 1500;
/** Prose needed with one claim. */
const MIN_CHARS_ONE_CLAIM = 700;
/** Prose needed when a headline and an `<article>` agree (a paywall stub still is an article). */
const MIN_CHARS_CLAIMED = 250;
const CJK_CHAR_WEIGHT = 3;

export function isArticleBody(e: BodyEvidence, minDeclaredChars: number): boolean {
  const chars = e.paraText * (e.cjk ? CJK_CHAR_WEIGHT : 1);
  // A body the page itself marks as its article is one, however short and whatever headings it
  // links: the teaser tests below are for guessing, and here nothing needs guessing.
  if (e.declared && e.metaClaims >= 1) return chars >= minDeclaredChars;
  const teaserShare = e.paraText === 0 ? 0 : e.articleParaText / e.paraText;
  // Many `<article>`s holding most of the prose are teasers, unless the page claims to be an
  // article and none of them links its headline away: then they are a live blog's updates.
  const updates = e.claims >= 2 && e.linkedHeadings === 0;
  if (!e.rootIsArticle && !updates && e.articles > MAX_NESTED_ARTICLES && teaserShare > MAX_TEASER_SHARE) return false;
  if (e.linkedHeadings >= 3 && e.paraText < e.linkedHeadings * MIN_CHARS_PER_LINKED_HEADING) return false;
  // Metadata saying "article" is believed for a short body when something on the page agrees
  // (a headline, a second claim); alone, a site-wide og:type on a front page would pass too.
  if (e.metaClaims >= 1 && e.claims >= 2) return chars >= minDeclaredChars;
  if (e.claims >= 2) return chars >= MIN_CHARS_CLAIMED;
  if (e.claims === 1) return chars >= MIN_CHARS_ONE_CLAIM;
  return chars >= MIN_CHARS_UNCLAIMED && e.paras >= 3;
}
