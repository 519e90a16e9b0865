/**
 * Figures alone in table cells (`statistic-table-cells.ts`): rows reach the core as lines whose
 * cells a tab sets apart, and a cell holding only a number is a figure of its column's heading.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import { tableCellFigures } from '../../src/core/statistic-table-cells';
import { tablesIn } from '../../src/core/table-cells';
import type { StatisticMention } from '../../src/core/types';
import { fixtureLookup } from './recognize-fixture';

const figures = (text: string): string[] => tableCellFigures(text).map((m) => m.text);

describe('tables in the text', () => {
  it('reads rows and cells, with offsets into the text, and a blank line between rows', () => {
    const text = 'Intro.\n\nDistrict\tCases\n\nNorth  \t 3,029\n\nSouth\t660\n\nAfter the table.';
    const [table, ...others] = tablesIn(text);
    expect(others).toHaveLength(0);
    expect(table?.rows.map((row) => row.map((c) => text.slice(c.start, c.end)))).toEqual([['District', 'Cases'], ['North', '3,029'], ['South', '660']]);
  });

  it('ends a table at a line of prose', () => {
    expect(tablesIn('A\t1\n\nProse here.\n\nB\t2')).toHaveLength(2);
    expect(tablesIn('No tables at all.')).toHaveLength(0);
  });
});

describe('figures in table cells', () => {
  it('marks a number alone in a cell, counting what its column heading names', () => {
    const found = tableCellFigures('District\tCases\tDeaths\n\nNorth\t3,029\t12\n\nSouth\t660\t0');
    expect(found.map((m) => [m.text, m.counts, m.unit, m.value])).toEqual([
      ['3,029', 'cases', 'count', 3029], ['12', 'deaths', 'count', 12], ['660', 'cases', 'count', 660], ['0', 'deaths', 'count', 0],
    ]);
  });

  it('lines a heading row without its empty corner cell up with the rows under it at their right', () => {
    const found = tableCellFigures('Cases\tDeaths\n\nNorth\t3,029\t12\n\nSouth\t660\t0');
    expect(found.map((m) => [m.text, m.counts])).toEqual([['3,029', 'cases'], ['12', 'deaths'], ['660', 'cases'], ['0', 'deaths']]);
    expect(figures('Age\tGoals\n\nAnn Lee\t24\t7')).toEqual(['7']);
  });

  it('reads money and percentages in cells with their sign', () => {
    const found = tableCellFigures('Item\tPrice\tShare\n\nTent\t$129.99\t12.5%');
    expect(found.map((m) => [m.text, m.unit, m.value])).toEqual([['$129.99', 'usd', 129.99], ['12.5%', 'percent', 0.125]]);
  });

  it('keeps a heading that names no counted thing as the figure\'s column, not its noun', () => {
    const found = tableCellFigures('Ticker\tSecurity\tLast\tVolume\n\nHD\tHome Depot\t225.86\t1,200');
    expect(found.map((m) => [m.text, m.counts, m.column])).toEqual([['225.86', null, 'Last'], ['1,200', null, 'Volume']]);
  });

  it('marks figures of a table without a heading row, counting nothing named', () => {
    expect(tableCellFigures('Ann Lee\t63\t16.6%\n\nBo Park\t56\t14.7%').map((m) => [m.text, m.counts])).toEqual([['63', null], ['16.6%', null], ['56', null], ['14.7%', null]]);
  });

  it('leaves columns of labels alone: years, ranks, ages, jersey numbers', () => {
    expect(figures('Rank\tTeam\tWins\n\n1\tAlpha\t12\n\n2\tBeta\t10')).toEqual(['12', '10']);
    expect(figures('Player\tAge\tGoals\n\nAnn Lee\t24\t7')).toEqual(['7']);
    expect(figures('Film\tYear founded\tBudget\n\nThe Thing\t1982\t$15,000,000')).toEqual(['$15,000,000']);
    expect(figures('Player\tNo.\tPoints\n\nAnn Lee\t23\t31')).toEqual(['31']);
  });

  it('reads a column of years or of 1, 2, 3 as labels even without a heading', () => {
    expect(figures('The Thing\t1982\t15\n\nAlien\t1979\t11')).toEqual(['15', '11']);
    expect(figures('1\tAlpha\t12\n\n2\tBeta\t10\n\n3\tGamma\t9')).toEqual(['12', '10', '9']);
  });

  it('reads a whole number just before a cell of words as the row\u2019s number when no heading says what it counts', () => {
    expect(figures('3\tChristchurch\t404,500\t13\tInvercargill\t51,200')).toEqual(['404,500', '51,200']);
    expect(figures('Seats\tParty\n\n45\tLabour')).toEqual(['45']);
  });

  it('reads a pager row (1, 2, 3, Next) as no figures', () => {
    expect(figures('1\t2\t3\t4\tNext')).toEqual([]);
  });

  it('starts a new heading where two tables meet with no prose between them', () => {
    const found = tableCellFigures('Candidate\tVotes\n\nAnn Lee\t1,200\n\nFilm\tYear\n\nThe Thing\t1982');
    expect(found.map((m) => [m.text, m.counts])).toEqual([['1,200', 'votes']]);
  });

  it('leaves cells of words, dates and scores alone', () => {
    expect(figures('Founded\tFebruary 28, 1998\n\nScore\t3-2\n\nVersion\t4.2.3')).toEqual([]);
  });
});

describe('table figures in recognition', () => {
  it('adds cell figures to the statistics, once each, beside the people of the row', () => {
    const text = 'Candidate\tParty\tVotes\tShare\n\nAnn Lee\tGreen\t12,345\t51.2%';
    const mentions = recognize(text, fixtureLookup());
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([['person', 'Ann Lee'], ['statistic', '12,345'], ['statistic', '51.2%']]);
    expect(mentions.filter((m): m is StatisticMention => m.kind === 'statistic').map((m) => [m.counts, m.column])).toEqual([['votes', undefined], [null, 'Share']]);
  });

  it('leaves a number in a sentence to the sentence rules', () => {
    expect(recognize('The district recorded 3,029 cases.', fixtureLookup()).filter((m) => m.kind === 'statistic').map((m) => m.text)).toEqual(['3,029']);
  });
});
