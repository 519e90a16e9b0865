import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  aggregateScores,
  collapseWhitespace,
  firstLabelOutOfOrder,
  HOLDOUT_2_DIR_FROM_ROOT,
  HOLDOUT_3_DIR_FROM_ROOT,
  HOLDOUT_4_DIR_FROM_ROOT,
  HOLDOUT_5_DIR_FROM_ROOT,
  HOLDOUT_6_DIR_FROM_ROOT,
  HOLDOUT_7_DIR_FROM_ROOT,
  HOLDOUT_DIR_FROM_ROOT,
  loadGoldSets,
  matchInOrder,
  MENTION_KINDS,
  parseGoldFile,
  scoreMentions,
  STATUTES_PRESS_2_DIR_FROM_ROOT,
  STATUTES_PRESS_3_DIR_FROM_ROOT,
  STATUTES_PRESS_4_DIR_FROM_ROOT,
  TEAM_DIRS_FROM_ROOT,
  STATUTES_PRESS_DIR_FROM_ROOT,
  textsMatch,
  type ScoredMention,
} from '../../scripts/bench/gold-score';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GROUND_TRUTH = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'extraction', 'scrapinghub', 'ground-truth.json');
const SHARED_PRESENT = existsSync(GROUND_TRUTH);
const MIN_GOLD_SETS = 12;

const person = (text: string, start?: number): ScoredMention =>
  start === undefined ? { kind: 'person', text } : { kind: 'person', text, start };
const statute = (text: string): ScoredMention => ({ kind: 'statute', text });
const statistic = (text: string): ScoredMention => ({ kind: 'statistic', text });

describe('textsMatch', () => {
  it('matches when the prediction contains the label', () => {
    expect(textsMatch('President Trump', 'Trump')).toBe(true);
  });

  it('matches when the label contains the prediction', () => {
    expect(textsMatch('409,000', 'nearly 409,000')).toBe(true);
  });

  it('collapses whitespace, including line breaks, before comparing', () => {
    expect(collapseWhitespace('  Thomas \n\t Homan ')).toBe('Thomas Homan');
    expect(textsMatch('Thomas\nHoman', 'Thomas  Homan')).toBe(true);
    expect(textsMatch('less than 20\u00a0percent', 'less than 20 percent')).toBe(true);
  });

  it('rejects texts where neither contains the other, and empty texts', () => {
    expect(textsMatch('Barack Obama', 'Donald Trump')).toBe(false);
    expect(textsMatch('Trump Tower', 'President Trump')).toBe(false);
    expect(textsMatch('   ', 'Trump')).toBe(false);
  });

  it('is case-sensitive, as labels are exact surface strings', () => {
    expect(textsMatch('trump', 'Trump')).toBe(false);
  });
});

describe('matchInOrder', () => {
  it('matches one-to-one: a prediction is used for at most one label', () => {
    expect(matchInOrder(['Trump'], ['Trump', 'President Trump'])).toEqual([[0, 0]]);
    expect(matchInOrder(['Trump', 'Trump'], ['Trump'])).toEqual([[0, 0]]);
  });

  it('keeps order: a later prediction never matches an earlier label than a previous match', () => {
    expect(matchInOrder(['Obama', 'Trump'], ['Trump', 'Obama'])).toHaveLength(1);
  });

  it('is not derailed by a stray early prediction that matches a far label', () => {
    const labels = ['Homan', 'Trump', 'Obama', 'Trump', 'Kelly'];
    const predicted = ['Kelly', 'Homan', 'Trump', 'Obama', 'Trump'];
    expect(matchInOrder(predicted, labels)).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 3],
    ]);
  });

  it('returns nothing for empty sequences', () => {
    expect(matchInOrder([], ['Trump'])).toEqual([]);
    expect(matchInOrder(['Trump'], [])).toEqual([]);
  });
});

describe('scoreMentions', () => {
  it('scores each kind separately: a statute text never matches a statistic label', () => {
    const score = scoreMentions([statute('five years'), statistic('five years')], [statistic('five years')]);
    expect(score.statistic).toMatchObject({ predictions: 1, labels: 1, matched: 1, precision: 1, recall: 1 });
    expect(score.statute).toMatchObject({ predictions: 1, labels: 0, matched: 0, precision: 0, recall: null });
    expect(score.statute.unmatchedPredictions).toEqual(['five years']);
  });

  it('computes precision over predictions and recall over labels', () => {
    const labels = [person('Thomas Homan'), person('Homan'), person('President Trump'), person('Obama')];
    const predicted = [person('Homan'), person('Homan'), person('Trump Tower'), person('Trump')];
    const score = scoreMentions(predicted, labels).person;
    expect(score.matched).toBe(3);
    expect(score.precision).toBe(3 / 4);
    expect(score.recall).toBe(3 / 4);
    expect(score.unmatchedPredictions).toEqual(['Trump Tower']);
    expect(score.unmatchedLabels).toEqual(['Obama']);
  });

  it('orders predictions by start when every prediction has one', () => {
    const labels = [person('Homan'), person('Trump')];
    const predicted = [person('Trump', 40), person('Homan', 3)];
    expect(scoreMentions(predicted, labels).person.matched).toBe(2);
  });

  it('drops predictions of kinds the set does not label, so they are neither false nor matched', () => {
    const predicted = [person('Homan'), statute('Section 230'), statistic('five years')];
    const score = scoreMentions(predicted, [statute('Section 230')], ['statute']);
    expect(score.statute).toMatchObject({ predictions: 1, labels: 1, matched: 1, precision: 1, recall: 1 });
    expect(score.person).toMatchObject({ predictions: 0, labels: 0, precision: null, recall: null });
    expect(score.statistic).toMatchObject({ predictions: 0, labels: 0, precision: null, recall: null });
    expect(scoreMentions(predicted, [statute('Section 230')]).person.predictions).toBe(1);
  });

  it('reports null ratios for empty sets instead of inventing a value', () => {
    const score = scoreMentions([], []);
    for (const kind of ['person', 'statute', 'statistic'] as const) {
      expect(score[kind]).toMatchObject({ predictions: 0, labels: 0, matched: 0, precision: null, recall: null });
    }
    expect(scoreMentions([], [statute('8 U.S.C. 1324')]).statute).toMatchObject({ precision: null, recall: 0 });
  });
});

describe('aggregateScores', () => {
  it('micro-averages: sums matches and counts per kind before dividing', () => {
    const first = scoreMentions([person('Trump')], [person('Trump')]);
    const second = scoreMentions([person('Obama'), person('Biden'), person('Pence')], [person('Obama')]);
    const total = aggregateScores([first, second]);
    expect(total.averaging).toBe('micro');
    expect(total.sets).toBe(2);
    expect(total.byKind.person).toMatchObject({ predictions: 4, labels: 2, matched: 2, precision: 0.5, recall: 1 });
    expect(total.byKind.statute).toMatchObject({ predictions: 0, labels: 0, precision: null, recall: null });
  });

  it('adds nothing for the kinds a statute-only set ignores', () => {
    const full = scoreMentions([person('Obama')], [person('Obama')]);
    const statuteOnly = scoreMentions([person('Biden'), statute('Title IX')], [statute('Title IX')], ['statute']);
    const total = aggregateScores([full, statuteOnly]);
    expect(total.byKind.person).toMatchObject({ predictions: 1, labels: 1, matched: 1, precision: 1 });
    expect(total.byKind.statute).toMatchObject({ predictions: 1, labels: 1, matched: 1 });
  });
});

describe('loadGoldSets', () => {
  it('reads a team-written set from its .txt file as is, with its kinds, and defaults kinds to all', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'gold-'));
    try {
      mkdirSync(path.join(root, 'sets'));
      writeFileSync(path.join(root, 'sets', 'a.txt'), 'Under Title IX,\n\nthe school must act.\n');
      const gold = (id: string, kinds?: string[]): string =>
        JSON.stringify({ source: 'sets/a.txt', textSource: 'team-written', id, ...(kinds ? { kinds } : {}), labels: [{ kind: 'statute', text: 'Title IX' }] });
      writeFileSync(path.join(root, 'sets', 'a.json'), gold('a', ['statute']));
      writeFileSync(path.join(root, 'sets', 'b.json'), gold('b'));
      writeFileSync(path.join(root, 'sets', 'c.json'), JSON.stringify({ ...JSON.parse(gold('c')), source: 'sets/missing.txt' }));
      const [a, b, c] = loadGoldSets(root, 'sets');
      expect(a).toMatchObject({ available: true, text: 'Under Title IX,\n\nthe school must act.\n', textIsExact: true, kinds: ['statute'] });
      expect(b?.kinds).toEqual(['person', 'statute', 'statistic']);
      expect(c).toMatchObject({ available: false, reason: 'sets/missing.txt not found' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('rejects an empty or unknown kinds list', () => {
    const base = { source: 'a.txt', textSource: 'team-written', id: 'a', labels: [] };
    expect(() => parseGoldFile({ ...base, kinds: [] })).toThrow();
    expect(() => parseGoldFile({ ...base, kinds: ['place'] })).toThrow();
  });
});

describe('firstLabelOutOfOrder', () => {
  const text = 'Thomas Homan said 409,000 people were removed. Homan cited 8 U.S.C. 1324.';

  it('accepts labels that occur in order without overlapping', () => {
    const labels = [
      { kind: 'person', text: 'Thomas Homan' },
      { kind: 'statistic', text: '409,000' },
      { kind: 'person', text: 'Homan' },
      { kind: 'statute', text: '8 U.S.C. 1324' },
    ] as const;
    expect(firstLabelOutOfOrder(text, labels)).toBeNull();
  });

  it('points at the first label out of order or missing', () => {
    expect(firstLabelOutOfOrder(text, [{ kind: 'statistic', text: '409,000' }, { kind: 'person', text: 'Thomas Homan' }])).toBe(1);
    expect(firstLabelOutOfOrder(text, [{ kind: 'person', text: 'Obama' }])).toBe(0);
  });

  it('does not let two labels claim one occurrence', () => {
    expect(firstLabelOutOfOrder('Homan met Kelly.', [{ kind: 'person', text: 'Homan' }, { kind: 'person', text: 'Homan' }])).toBe(1);
  });
});

describe('gold files', () => {
  const goldDir = path.join(REPO_ROOT, 'tests', 'gold');
  const holdoutDirs = [HOLDOUT_DIR_FROM_ROOT, HOLDOUT_2_DIR_FROM_ROOT, STATUTES_PRESS_DIR_FROM_ROOT, HOLDOUT_3_DIR_FROM_ROOT, STATUTES_PRESS_2_DIR_FROM_ROOT, STATUTES_PRESS_3_DIR_FROM_ROOT, HOLDOUT_4_DIR_FROM_ROOT, STATUTES_PRESS_4_DIR_FROM_ROOT, HOLDOUT_5_DIR_FROM_ROOT, HOLDOUT_6_DIR_FROM_ROOT, HOLDOUT_7_DIR_FROM_ROOT, ...TEAM_DIRS_FROM_ROOT].map((folder) => path.join(REPO_ROOT, folder));
  const jsonNames = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.json'));
  const names = jsonNames(goldDir);
  const idsIn = (dir: string): string[] =>
    jsonNames(dir).map((name) => parseGoldFile(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))).id);
  const filesIn = (dir: string): (readonly [string, string])[] =>
    jsonNames(dir).map((name) => [path.join(path.relative(goldDir, dir), name), dir] as const);

  it(`holds at least ${MIN_GOLD_SETS} labelled articles`, () => {
    expect(names.length).toBeGreaterThanOrEqual(MIN_GOLD_SETS);
  });

  it.each([goldDir, ...holdoutDirs].flatMap(filesIn))(
    '%s has the gold format, valid kinds and a file name starting with its id',
    (file, dir) => {
      const name = path.basename(file);
      const gold = parseGoldFile(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
      // A held-out article with nothing to mark is a precision test: every mark on it is false.
      // A dev set without labels is a mistake.
      if (dir === goldDir) expect(gold.labels.length).toBeGreaterThan(0);
      if (gold.textSource === 'scrapinghub-ground-truth') {
        expect(gold.source).toBe(`../shared/corpus/extraction/scrapinghub/${gold.id}.html`);
        expect(name.startsWith(gold.id.slice(0, 10))).toBe(true);
      }
      if (gold.textSource === 'readability-expected') {
        expect(gold.source).toBe(`../shared/corpus/extraction/readability/${gold.id}/expected.html`);
        expect(name.startsWith(gold.id)).toBe(true);
      }
      if (gold.textSource === 'postlight-readability') {
        expect(gold.source).toBe(`../shared/corpus/extraction/postlight/${gold.id}.html.gz`);
        expect(name).toBe(`${gold.id}.json`);
      }
      if (gold.textSource === 'team-written') {
        expect(gold.source).toBe(path.posix.join('tests', 'gold', path.basename(dir), `${gold.id}.txt`));
        expect(name).toBe(`${gold.id}.json`);
      }
      for (const label of gold.labels) expect(gold.kinds ?? MENTION_KINDS).toContain(label.kind);
      for (const label of gold.labels) expect(label.text).toBe(label.text.trim());
    },
  );

  it('labels each article once: no held-out article is also a tuning set or in another held-out folder, and no id repeats', () => {
    const tuningIds = idsIn(goldDir);
    const [holdoutIds = [], holdout2Ids = [], statutesPressIds = [], holdout3Ids = []] = holdoutDirs.map(idsIn);
    expect(holdoutIds.filter((id) => tuningIds.includes(id))).toEqual([]);
    expect(holdout2Ids.filter((id) => tuningIds.includes(id) || holdoutIds.includes(id))).toEqual([]);
    expect(statutesPressIds.filter((id) => tuningIds.includes(id) || holdoutIds.includes(id) || holdout2Ids.includes(id))).toEqual([]);
    expect(holdout3Ids.filter((id) => tuningIds.includes(id) || holdoutIds.includes(id) || holdout2Ids.includes(id))).toEqual([]);
    const all = holdoutDirs.reduce<string[]>((ids, dir) => [...ids, ...idsIn(dir)], [...tuningIds]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives every team-written article its text file and only its own labelled kinds', () => {
    const sets = [STATUTES_PRESS_DIR_FROM_ROOT, STATUTES_PRESS_2_DIR_FROM_ROOT, STATUTES_PRESS_3_DIR_FROM_ROOT, STATUTES_PRESS_4_DIR_FROM_ROOT].flatMap((folder) => loadGoldSets(REPO_ROOT, folder));
    expect(sets.length).toBeGreaterThan(48);
    for (const set of sets) {
      expect(set.textSource).toBe('team-written');
      expect(set.kinds).toEqual(['statute']);
      expect(set.available).toBe(true);
      if (!set.available) continue;
      const index = firstLabelOutOfOrder(set.text, set.labels);
      expect([set.file, index === null ? null : set.labels[index]]).toEqual([set.file, null]);
      expect(set.labels.filter((label) => /^the\s/i.test(label.text))).toEqual([]);
    }
  });

  it('gives every team-written people-and-statistics passage its body text without the headline, and its labels in order', () => {
    const sets = TEAM_DIRS_FROM_ROOT.flatMap((folder) => loadGoldSets(REPO_ROOT, folder));
    expect(sets.length).toBeGreaterThanOrEqual(120);
    for (const set of sets) {
      expect(set.kinds).toEqual(['person', 'statistic']);
      expect(set.headlineFirst).toBe(true);
      expect(set.available).toBe(true);
      if (!set.available) continue;
      expect(readFileSync(set.sourcePath, 'utf8').endsWith(set.text)).toBe(true);
      expect(set.text.length).toBeLessThan(readFileSync(set.sourcePath, 'utf8').length);
      const index = firstLabelOutOfOrder(set.text, set.labels);
      expect([set.file, index === null ? null : set.labels[index]]).toEqual([set.file, null]);
    }
  });
});

describe.skipIf(!SHARED_PRESENT)('gold labels against the article text in ../shared', () => {
  const sets = SHARED_PRESENT
    ? [...loadGoldSets(REPO_ROOT), ...loadGoldSets(REPO_ROOT, HOLDOUT_DIR_FROM_ROOT), ...loadGoldSets(REPO_ROOT, HOLDOUT_2_DIR_FROM_ROOT), ...loadGoldSets(REPO_ROOT, HOLDOUT_3_DIR_FROM_ROOT), ...loadGoldSets(REPO_ROOT, HOLDOUT_4_DIR_FROM_ROOT), ...loadGoldSets(REPO_ROOT, HOLDOUT_5_DIR_FROM_ROOT), ...loadGoldSets(REPO_ROOT, HOLDOUT_6_DIR_FROM_ROOT), ...loadGoldSets(REPO_ROOT, HOLDOUT_7_DIR_FROM_ROOT)]
    : [];

  it.each(sets.map((set) => [set.file, set] as const))('%s: every label occurs in the text in order', (_file, set) => {
    if (!set.available) {
      expect(set.textSource).toBe('demo-text');
      return;
    }
    if (set.textIsExact) {
      const index = firstLabelOutOfOrder(set.text, set.labels);
      expect(index === null ? null : set.labels[index]).toBeNull();
    } else {
      const missing = set.labels.filter((label) => !collapseWhitespace(set.text).includes(collapseWhitespace(label.text)));
      expect(missing).toEqual([]);
    }
  });
});

if (!SHARED_PRESENT) {
  console.log(`gold-score tests: ${GROUND_TRUTH} not found; label-occurrence checks skipped (../shared absent).`);
}
