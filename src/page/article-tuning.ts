/**
 * The detector's few thresholds that trade finding short or oddly built articles against keeping
 * non-articles out. Fixed in the extension; the extraction benchmark chooses them on some site
 * folds and scores the others, so the figure it reports predicts sites nobody tuned on.
 */
export interface DetectionTuning {
  /** Characters of prose a body needs when the page's own metadata calls it an article. */
  readonly minDeclaredChars: number;
  /** A first answer holding less than this share of the main text block's prose is replaced by it. */
  readonly minMainBlockShare: number;
}

export const DEFAULT_TUNING: DetectionTuning = { minDeclaredChars: 200, minMainBlockShare: 1 / 3 };
