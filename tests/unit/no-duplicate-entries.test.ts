import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import noDuplicateEntries from '../../scripts/lint/no-duplicate-entries.js';

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { footnote: { rules: { 'no-duplicate-entries': noDuplicateEntries } } },
    rules: { 'footnote/no-duplicate-entries': 'error' },
  },
];

function problems(code: string): string[] {
  return linter.verify(code, config, 'vocabulary.ts').map((m) => `${m.line}: ${m.message}`);
}

describe('no-duplicate-entries (lint rule)', () => {
  it('reports a word listed twice in a Set, at the repeat, naming the first line', () => {
    expect(problems("export const WORDS = new Set([\n  'tower', 'square',\n  'avenue', 'square',\n]);")).toEqual([
      '3: "square" is listed twice in this vocabulary (first on line 2)',
    ]);
  });

  it('reports a repeated key in a Map and in a named table of pairs', () => {
    expect(problems("const m = new Map([['a', 1], ['b', 2], ['a', 3]]);")).toHaveLength(1);
    expect(problems("const TABLE: [string, number][] = [['a', 1], ['a', 2]];")).toHaveLength(1);
  });

  it('reports a repeat in a capitalised word list, with or without `as const`', () => {
    expect(problems("const NAMES = ['x', 'y', 'x'];")).toHaveLength(1);
    expect(problems("const NAMES = ['x', 'y', 'x'] as const;")).toHaveLength(1);
    expect(problems('const NUMS = new Set([1, 2, 1]);')).toHaveLength(1);
  });

  it('accepts lists without repeats, and ordinary arrays that repeat on purpose', () => {
    expect(problems("const WORDS = new Set(['a', 'b', 'c']);")).toEqual([]);
    expect(problems("const labels = ['Trump', 'Obama', 'Trump'];")).toEqual([]);
    expect(problems("const WORDS = new Set(['a', 'A']);")).toEqual([]);
  });
});
