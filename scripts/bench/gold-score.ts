/**
 * Gold sets for recognition and the scorer that measures recognizers against them, implementing
 * the "Scoring" section of the annotation guide. The gold files hold labels only; the article text
 * they refer to stays in ../shared and is read at run time.
 *
 * Matching choice: per kind, the matched pairs are a longest order-preserving one-to-one matching
 * between the predicted sequence and the label sequence (dynamic programming, like a longest common
 * subsequence where "equal" means containment after whitespace collapse). A greedy walk that
 * anchors on the last matched label lets one stray prediction that happens to match a label far
 * ahead make every label in between unreachable; the longest matching has no such cliff and is
 * never smaller than any greedy in-order matching. Because the matching is one-to-one, matched
 * predictions equal matched labels, so one `matched` count serves both precision and recall.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { z } from 'zod';
import type { MentionKind } from '../../src/core/types';
import { KIND_ORDER, perKind } from '../../src/kinds';

export const MENTION_KINDS: readonly MentionKind[] = KIND_ORDER;

export const GOLD_DIR_FROM_ROOT = path.join('tests', 'gold');
/** Labelled after the recognizers were tuned, by someone who never saw their output: the honest figure. */
export const HOLDOUT_DIR_FROM_ROOT = path.join('tests', 'gold', 'holdout');
/** A second held-out folder, labelled later and blind to the recognizers: a figure no change was made against. */
export const HOLDOUT_2_DIR_FROM_ROOT = path.join('tests', 'gold', 'holdout-2');
/** A third held-out folder, labelled blind while the recognizers were tuned on the first two. */
export const HOLDOUT_3_DIR_FROM_ROOT = path.join('tests', 'gold', 'holdout-3');
/** A fourth held-out folder, labelled blind while the recognizers were tuned on the third. */
export const HOLDOUT_4_DIR_FROM_ROOT = path.join('tests', 'gold', 'holdout-4');
/** A fifth, of Postlight pages, labelled blind while the recognizers were tuned on the fourth. */
export const HOLDOUT_5_DIR_FROM_ROOT = path.join('tests', 'gold', 'holdout-5');
/** A sixth, of Postlight pages from sites no other folder used, labelled blind while the recognizers were tuned on the fifth. */
export const HOLDOUT_6_DIR_FROM_ROOT = path.join('tests', 'gold', 'holdout-6');
export const HOLDOUT_7_DIR_FROM_ROOT = path.join('tests', 'gold', 'holdout-7');
/** Team-written news passages citing US statutes, labelled for statutes only and blind to the recognizers. */
export const STATUTES_PRESS_DIR_FROM_ROOT = path.join('tests', 'gold', 'statutes-press');
/** A second such set, written blind after the recognizers were tuned on the first. */
export const STATUTES_PRESS_2_DIR_FROM_ROOT = path.join('tests', 'gold', 'statutes-press-2');
/** A third, written blind after the recognizers were tuned on the first two. */
export const STATUTES_PRESS_3_DIR_FROM_ROOT = path.join('tests', 'gold', 'statutes-press-3');
/** A fourth, written blind after the recognizers were tuned on the first three. */
export const STATUTES_PRESS_4_DIR_FROM_ROOT = path.join('tests', 'gold', 'statutes-press-4');
/** Team-written news passages of many genres (reviews, recaps, essays, wire, courts), labelled for people and statistics, blind to the recognizers. */
export const TEAM_1_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-1');
/** A second such set, by another writer, of other genres. */
export const TEAM_2_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-2');
/** A third, by a third writer: the team-written figure no recognizer change was made against. */
export const TEAM_3_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-3');
/** Three more, by three more writers of other genres: each was scored blind once and tuned on since (set 6 only once sets 7 and 8 stood in its place). */
export const TEAM_4_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-4');
export const TEAM_5_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-5');
export const TEAM_6_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-6');
/** Sets 7 and 8 were blind until sets 9 to 12 took their place; they are tuned on since. */
export const TEAM_7_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-7');
export const TEAM_8_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-8');
/** Sets 9 to 12 were blind until sets 13 to 15 took their place; they are tuned on since. */
export const TEAM_9_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-9');
export const TEAM_10_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-10');
export const TEAM_11_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-11');
export const TEAM_12_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-12');
/** Sets 13 to 15 were blind until sets 16 to 18 took their place; they are tuned on since. */
export const TEAM_13_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-13');
export const TEAM_14_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-14');
export const TEAM_15_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-15');
/** Sets 16 to 18 are never read while tuning: with team 3, the team-written figure no recognizer change was made against. */
export const TEAM_16_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-16');
export const TEAM_17_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-17');
export const TEAM_18_DIR_FROM_ROOT = path.join('tests', 'gold', 'team-18');
/** Every team-written people-and-statistics set, in order. */
export const TEAM_DIRS_FROM_ROOT: readonly string[] = [
  TEAM_1_DIR_FROM_ROOT, TEAM_2_DIR_FROM_ROOT, TEAM_3_DIR_FROM_ROOT, TEAM_4_DIR_FROM_ROOT, TEAM_5_DIR_FROM_ROOT, TEAM_6_DIR_FROM_ROOT,
  TEAM_7_DIR_FROM_ROOT, TEAM_8_DIR_FROM_ROOT, TEAM_9_DIR_FROM_ROOT, TEAM_10_DIR_FROM_ROOT, TEAM_11_DIR_FROM_ROOT, TEAM_12_DIR_FROM_ROOT,
  TEAM_13_DIR_FROM_ROOT, TEAM_14_DIR_FROM_ROOT, TEAM_15_DIR_FROM_ROOT, TEAM_16_DIR_FROM_ROOT, TEAM_17_DIR_FROM_ROOT, TEAM_18_DIR_FROM_ROOT,
];

const labelSchema = z
  .object({
    kind: z.enum(KIND_ORDER as [MentionKind, ...MentionKind[]]),
    text: z.string().min(1),
  })
  .strict();

const goldFileSchema = z
  .object({
    source: z.string().min(1),
    textSource: z.enum(['scrapinghub-ground-truth', 'readability-expected', 'postlight-readability', 'demo-text', 'team-written']),
    id: z.string().min(1),
    /** The kinds this set labels; predictions of other kinds are not scored. Absent: every kind. */
    kinds: z.array(z.enum(KIND_ORDER as [MentionKind, ...MentionKind[]])).min(1).optional(),
    /** True when a team-written text's first line is its headline, which is not article text and is not scored. */
    headlineFirst: z.literal(true).optional(),
    labels: z.array(labelSchema),
  })
  .strict();

const groundTruthSchema = z.record(z.string(), z.object({ url: z.string(), articleBody: z.string() }));

export type GoldLabel = z.infer<typeof labelSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;

/** What the scorer needs from a prediction; `start` (when every prediction has one) fixes the order. */
export interface ScoredMention {
  readonly kind: MentionKind;
  readonly text: string;
  readonly start?: number;
}

interface GoldSetBase extends Omit<GoldFile, 'kinds'> {
  /** The kinds the set labels: the file's `kinds`, or every kind when it names none. */
  readonly kinds: readonly MentionKind[];
  /** Path of the gold file relative to the repo root. */
  readonly file: string;
  /** Absolute path of the page the labels were made on. */
  readonly sourcePath: string;
}

/**
 * `textIsExact` is true when `text` is the very text the labels were made on: the Scrapinghub
 * ground-truth body, or the text content of a Readability test case's `expected.html` (the
 * expected article, already free of page furniture). For the demo page it is the text content of
 * its first `<article>`, which also holds the headline, byline and caption, and is not what the
 * page detector returns, so only label occurrence (not order) is checked there; a benchmark should
 * run the detector on `sourcePath` for the demo text. A team-written set's text is its `.txt` file,
 * read as is, or from its second line when its first is the headline (`headlineFirst`).
 */
export type GoldSet =
  | (GoldSetBase & { readonly available: true; readonly text: string; readonly textIsExact: boolean })
  | (GoldSetBase & { readonly available: false; readonly reason: string });

export interface KindScore {
  readonly predictions: number;
  readonly labels: number;
  readonly matched: number;
  /** matched / predictions; null when there are no predictions. */
  readonly precision: number | null;
  /** matched / labels; null when there are no labels. */
  readonly recall: number | null;
  readonly unmatchedPredictions: readonly string[];
  readonly unmatchedLabels: readonly string[];
}

export type KindScores = Readonly<Record<MentionKind, KindScore>>;

export interface AggregateScore {
  /** Micro average: matches, predictions and labels are summed over sets per kind, then divided. */
  readonly averaging: 'micro';
  readonly sets: number;
  readonly byKind: KindScores;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The guide's match test: same kind is checked by the caller; here, containment either way. */
export function textsMatch(predicted: string, label: string): boolean {
  const a = collapseWhitespace(predicted);
  const b = collapseWhitespace(label);
  if (a === '' || b === '') return false;
  return a.includes(b) || b.includes(a);
}

/** Index pairs [predictionIndex, labelIndex] of a longest order-preserving one-to-one matching. */
export function matchInOrder(predicted: readonly string[], labels: readonly string[]): Array<[number, number]> {
  const rows = predicted.length + 1;
  const cols = labels.length + 1;
  // best[i * cols + j]: size of the largest matching between predicted[i..] and labels[j..].
  const best = new Uint32Array(rows * cols);
  for (let i = predicted.length - 1; i >= 0; i--) {
    for (let j = labels.length - 1; j >= 0; j--) {
      const skipPrediction = best[(i + 1) * cols + j] ?? 0;
      const skipLabel = best[i * cols + j + 1] ?? 0;
      const take = textsMatch(predicted[i] ?? '', labels[j] ?? '') ? (best[(i + 1) * cols + j + 1] ?? 0) + 1 : 0;
      best[i * cols + j] = Math.max(skipPrediction, skipLabel, take);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < predicted.length && j < labels.length) {
    const here = best[i * cols + j] ?? 0;
    if (here === 0) break;
    if (textsMatch(predicted[i] ?? '', labels[j] ?? '') && (best[(i + 1) * cols + j + 1] ?? 0) + 1 === here) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((best[(i + 1) * cols + j] ?? 0) === here) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function inTextOrder(predicted: readonly ScoredMention[]): readonly ScoredMention[] {
  const allPositioned = predicted.every((mention) => typeof mention.start === 'number');
  if (!allPositioned) return predicted;
  return [...predicted].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

/**
 * Scores one article. Predictions are taken in order of appearance: by `start` when every
 * prediction has one, otherwise in the order given. Labels are in order of appearance by
 * construction of the gold files. A set that labels only some `kinds` says nothing about the
 * others, so predictions of those kinds are dropped rather than counted as false.
 */
export function scoreMentions(
  predicted: readonly ScoredMention[],
  labels: readonly ScoredMention[],
  kinds: readonly MentionKind[] = MENTION_KINDS,
): KindScores {
  const ordered = inTextOrder(predicted.filter((m) => kinds.includes(m.kind)));
  const score = (kind: MentionKind): KindScore => {
    const predictedTexts = ordered.filter((m) => m.kind === kind).map((m) => m.text);
    const labelTexts = labels.filter((m) => m.kind === kind).map((m) => m.text);
    const pairs = matchInOrder(predictedTexts, labelTexts);
    const matchedPredictions = new Set(pairs.map(([p]) => p));
    const matchedLabels = new Set(pairs.map(([, l]) => l));
    return {
      predictions: predictedTexts.length,
      labels: labelTexts.length,
      matched: pairs.length,
      precision: ratio(pairs.length, predictedTexts.length),
      recall: ratio(pairs.length, labelTexts.length),
      unmatchedPredictions: predictedTexts.filter((_, index) => !matchedPredictions.has(index)),
      unmatchedLabels: labelTexts.filter((_, index) => !matchedLabels.has(index)),
    };
  };
  return perKind(score);
}

/** Micro average over sets: per kind, sums matches and counts, then divides once. */
export function aggregateScores(scores: readonly KindScores[]): AggregateScore {
  const sum = (kind: MentionKind): KindScore => {
    let predictions = 0;
    let labels = 0;
    let matched = 0;
    const unmatchedPredictions: string[] = [];
    const unmatchedLabels: string[] = [];
    for (const score of scores) {
      predictions += score[kind].predictions;
      labels += score[kind].labels;
      matched += score[kind].matched;
      unmatchedPredictions.push(...score[kind].unmatchedPredictions);
      unmatchedLabels.push(...score[kind].unmatchedLabels);
    }
    return {
      predictions,
      labels,
      matched,
      precision: ratio(matched, predictions),
      recall: ratio(matched, labels),
      unmatchedPredictions,
      unmatchedLabels,
    };
  };
  return {
    averaging: 'micro',
    sets: scores.length,
    byKind: perKind(sum),
  };
}

/**
 * Index of the first label that cannot be found in `text` after the previous label's end, or
 * null when every label occurs in order. Labels never overlap, so the search resumes past the
 * whole previous label.
 */
export function firstLabelOutOfOrder(text: string, labels: readonly GoldLabel[]): number | null {
  let cursor = 0;
  for (const [index, label] of labels.entries()) {
    const found = text.indexOf(label.text, cursor);
    if (found < 0) return index;
    cursor = found + label.text.length;
  }
  return null;
}

export function parseGoldFile(json: unknown): GoldFile {
  return goldFileSchema.parse(json);
}

function readGroundTruth(groundTruthPath: string): Map<string, string> {
  const parsed = groundTruthSchema.parse(JSON.parse(readFileSync(groundTruthPath, 'utf8')));
  return new Map(Object.entries(parsed).map(([id, entry]) => [id, entry.articleBody]));
}

/**
 * Table rows as the extension's text index gives them: each cell's text on one line, the cells
 * of a row set apart by a tab. Cells run together otherwise ("Mumbai3029"), which no reader sees.
 */
const CELL_BLOCKS = 'table, tr, p, div, li, ul, ol, br, h1, h2, h3, h4, h5, h6, blockquote, pre';

export function separateTableCells(document: Document): void {
  // The source's line breaks between one row's cells are no text (rendering drops them), and each
  // row is a paragraph of its own, as the index makes it.
  for (const row of document.querySelectorAll('tr')) {
    for (const node of [...row.childNodes]) if (node.nodeType === 3 && collapseWhitespace(node.textContent ?? '') === '') node.remove();
    row.after('\n\n');
  }
  for (const cell of document.querySelectorAll('td, th')) {
    // A cell holding blocks of its own (rows, paragraphs) keeps their breaks.
    // No-break spaces stay: the labels were typed on the text with them.
    if (cell.querySelector(CELL_BLOCKS) === null) cell.textContent = cell.textContent.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (cell.nextElementSibling !== null) cell.after('\t');
  }
}

/** Text content of the page's first `<article>` (the story), or of the whole body when it has none. */
function pageText(htmlPath: string): string {
  const dom = new JSDOM(readFileSync(htmlPath, 'utf8'));
  const document = dom.window.document;
  separateTableCells(document);
  const text = (document.querySelector('article') ?? document.body).textContent;
  dom.window.close();
  return text;
}

/**
 * The story of a saved page with no ground truth (the Postlight corpus), as Mozilla's Readability
 * (pinned) reads it: a fixed, independent extraction, so the labels never follow our own.
 */
function readabilityText(gzippedHtmlPath: string, url: string): string | null {
  const dom = new JSDOM(gunzipSync(readFileSync(gzippedHtmlPath)).toString('utf8'), { url });
  const content = new Readability(dom.window.document).parse()?.content ?? null;
  dom.window.close();
  if (content === null) return null;
  // Readability's own textContent runs paragraphs together ("risk.In the end"): blocks end with a blank line.
  const blocks = content.replace(/<\/(?:p|h[1-6]|li|blockquote|figcaption|pre|tr)>|<br\s*\/?>/gi, (tag) => `${tag}\n\n`);
  const story = new JSDOM(`<body>${blocks}</body>`);
  separateTableCells(story.window.document);
  const text = story.window.document.body.textContent.replace(/[ \t]*\n[ \t\n]*\n[ \t]*/g, '\n\n').trim();
  story.window.close();
  return text;
}

/** The page's address in the Postlight corpus index, which Readability needs to resolve links. */
/** A Postlight page's story as the pinned Readability extracts it, blocks apart: the text its gold labels are on. */
export function postlightText(gzippedHtmlPath: string, id: string): string | null {
  return readabilityText(gzippedHtmlPath, postlightUrl(gzippedHtmlPath, id));
}

function postlightUrl(sourcePath: string, id: string): string {
  const index = JSON.parse(readFileSync(path.join(path.dirname(sourcePath), 'index.json'), 'utf8')) as { id: string; url: string }[];
  return index.find((entry) => entry.id === id)?.url ?? 'https://example.invalid/';
}

/** Every gold file under tests/gold, parsed, with its article text resolved or a reason why not. */
/**
 * A team-written passage without its first line, the headline: the guide does not count a
 * headline as article text, the writers labelled none, and the extension marks the body.
 */
export function withoutHeadline(text: string): string {
  const headlineEnd = text.indexOf('\n');
  return headlineEnd < 0 ? text : text.slice(headlineEnd + 1);
}

export function loadGoldSets(repoRoot: string, folderFromRoot: string = GOLD_DIR_FROM_ROOT): GoldSet[] {
  const goldDir = path.join(repoRoot, folderFromRoot);
  const names = readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const groundTruths = new Map<string, Map<string, string> | null>();
  return names.map((name): GoldSet => {
    const file = path.join(folderFromRoot, name);
    const gold = parseGoldFile(JSON.parse(readFileSync(path.join(goldDir, name), 'utf8')));
    const sourcePath = path.resolve(repoRoot, gold.source);
    const base: GoldSetBase = { ...gold, kinds: gold.kinds ?? MENTION_KINDS, file, sourcePath };
    if (gold.textSource === 'team-written') {
      if (!existsSync(sourcePath)) return { ...base, available: false, reason: `${gold.source} not found` };
      return { ...base, available: true, text: gold.headlineFirst ? withoutHeadline(readFileSync(sourcePath, 'utf8')) : readFileSync(sourcePath, 'utf8'), textIsExact: true };
    }
    if (gold.textSource === 'demo-text') {
      if (!existsSync(sourcePath)) return { ...base, available: false, reason: `demo page ${gold.source} not found` };
      return { ...base, available: true, text: pageText(sourcePath), textIsExact: false };
    }
    if (gold.textSource === 'postlight-readability') {
      if (!existsSync(sourcePath)) return { ...base, available: false, reason: `${gold.source} not found (../shared absent)` };
      const text = postlightText(sourcePath, gold.id);
      if (text === null) return { ...base, available: false, reason: `Readability found no article in ${gold.source}` };
      return { ...base, available: true, text, textIsExact: true };
    }
    if (gold.textSource === 'readability-expected') {
      if (!existsSync(sourcePath)) return { ...base, available: false, reason: `${gold.source} not found (../shared absent)` };
      return { ...base, available: true, text: pageText(sourcePath), textIsExact: true };
    }
    const groundTruthPath = path.join(path.dirname(sourcePath), 'ground-truth.json');
    if (!groundTruths.has(groundTruthPath)) {
      groundTruths.set(groundTruthPath, existsSync(groundTruthPath) ? readGroundTruth(groundTruthPath) : null);
    }
    const bodies = groundTruths.get(groundTruthPath);
    if (!bodies) {
      return { ...base, available: false, reason: `${path.relative(repoRoot, groundTruthPath)} not found (../shared absent)` };
    }
    const text = bodies.get(gold.id);
    if (text === undefined) return { ...base, available: false, reason: `id ${gold.id} not in the ground truth` };
    return { ...base, available: true, text, textIsExact: true };
  });
}
