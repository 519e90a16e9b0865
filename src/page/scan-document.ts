/**
 * The page side of Footnote's pipeline, in one place: find the article, index its text, cut it to
 * the length recognition accepts, and read what recognition needs to know about it (when it was
 * published). The content script, the CLI, the benchmarks and the tests all call this, so they
 * measure and test the pipeline the reader gets.
 */
import { MAX_ARTICLE_CHARS } from '../constants';
import { isEnglishText } from '../core/english-text';
import type { RecognizeOptions } from '../core/types';
import { detectArticle, type ArticleDetection } from './detect-article';

/** Finds the article's roots: `detectArticle`, or `detectLargestBlock` when the reader overrules it. */
export type ArticleDetector = (doc: Document) => ArticleDetection | null;
import { buildTextIndex, type TextIndex } from './text-index';

export interface DocumentScan {
  readonly detection: ArticleDetection;
  /** The whole article's text and its map to the live DOM. */
  readonly index: TextIndex;
  /** What recognition reads: the article's text, cut to `MAX_ARTICLE_CHARS`. */
  readonly text: string;
  /** True when `text` is shorter than the article because the article was over the limit. */
  readonly truncated: boolean;
  /** Recognition options for this article; the same object everywhere the pipeline runs. */
  readonly options: RecognizeOptions;
  /** When the article was published, as precisely as the page says (`YYYY-MM-DD` or `YYYY`); cards read roles as of it. */
  readonly articleDate: string | null;
  /** False when the article is in another language: the recognizers read English only, so it is left unmarked. */
  readonly english: boolean;
}

function recognizeOptionsFor(detection: Pick<ArticleDetection, 'publishedYear' | 'publishedDate'>): RecognizeOptions {
  return {
    ...(detection.publishedYear === null ? {} : { publishedYear: detection.publishedYear }),
    ...(detection.publishedDate === null ? {} : { publishedDate: detection.publishedDate }),
  };
}

/** The article of `doc` ready for recognition, or null when the page is not an article. */
export function scanDocument(doc: Document, detect: ArticleDetector = detectArticle): DocumentScan | null {
  const detection = detect(doc);
  if (detection === null) return null;
  const index = buildTextIndex(detection.roots);
  const truncated = index.text.length > MAX_ARTICLE_CHARS;
  const text = truncated ? index.text.slice(0, MAX_ARTICLE_CHARS) : index.text;
  const articleDate = detection.publishedDate ?? (detection.publishedYear === null ? null : String(detection.publishedYear));
  const english = isEnglishText(text, doc.documentElement.getAttribute('lang'));
  return { detection, index, text, truncated, options: recognizeOptionsFor(detection), articleDate, english };
}
