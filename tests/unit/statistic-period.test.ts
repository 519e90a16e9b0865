/** The period a figure's own text names, and the prices an amount is in. */
import { describe, expect, it } from 'vitest';
import { figureTimer, type FigureTime } from '../../src/core/statistic-period';
import { tokenAt, tokenize } from '../../src/core/text-tokens';

/** What the text says of the time of `figure`, the first occurrence of those words in `text`. */
function timeOf(text: string, figure: string, publishedYear: number | null = 2025): FigureTime {
  const tokenized = tokenize(text);
  const start = text.indexOf(figure);
  if (start < 0) throw new Error(`no "${figure}" in the text`);
  const first = tokenAt(tokenized.tokens, start);
  const last = tokenAt(tokenized.tokens, start + figure.length) - 1;
  return figureTimer(tokenized, publishedYear)(first, last, figure.includes('$'));
}

const periodOf = (text: string, figure: string, publishedYear?: number | null): FigureTime['period'] => timeOf(text, figure, publishedYear).period;

describe('the period a figure is for', () => {
  it('reads quarters, with the year written against them or named in the sentence', () => {
    const q4 = { kind: 'quarter', year: 2024, quarter: 4 };
    expect(periodOf('GDP grew 2.4% in the fourth quarter of 2024, the government said.', '2.4%')).toEqual(q4);
    expect(periodOf('GDP grew 2.4% in 2024Q4.', '2.4%')).toEqual(q4);
    expect(periodOf('GDP grew 2.4% in Q4 2024.', '2.4%')).toEqual(q4);
    expect(periodOf('GDP grew at a 2.4% rate in 2024’s fourth quarter.', '2.4%')).toEqual(q4);
    expect(periodOf('In 2024, GDP grew 2.4% in the fourth quarter.', '2.4%')).toEqual(q4);
    expect(periodOf('In the fourth quarter of 2024, GDP grew 2.4%.', '2.4%')).toEqual(q4);
  });

  it('reads months, fiscal years, calendar years and years said relative to publication', () => {
    expect(periodOf('The jobless rate was 4.1% in December 2024.', '4.1%')).toEqual({ kind: 'month', year: 2024, month: 12 });
    expect(periodOf('The jobless rate was 4.1% in Dec. 2024.', '4.1%')).toEqual({ kind: 'month', year: 2024, month: 12 });
    expect(periodOf('The agency deported 2,801 people in fiscal 1892.', '2,801')).toEqual({ kind: 'year', year: 1892, fiscal: true });
    expect(periodOf('Outlays were $6.8 trillion in FY2024.', '$6.8 trillion')).toEqual({ kind: 'year', year: 2024, fiscal: true });
    expect(periodOf('A family earned $1,000 in 1990.', '$1,000')).toEqual({ kind: 'year', year: 1990, fiscal: false });
    expect(periodOf('Deportations totaled 256,000 last year.', '256,000', 2019)).toEqual({ kind: 'year', year: 2018, fiscal: false, relativePhrase: 'last year' });
  });

  it('gives each figure of a sentence its own period', () => {
    const text = 'The unemployment rate rose to 8.1% in 2020 from 3.7% in 2019.';
    expect([periodOf(text, '8.1%'), periodOf(text, '3.7%')]).toEqual([
      { kind: 'year', year: 2020, fiscal: false },
      { kind: 'year', year: 2019, fiscal: false },
    ]);
    const shared = 'In 2012 the government carried out 410,000 removals, up from 390,000 removals.';
    expect(periodOf(shared, '390,000')).toEqual({ kind: 'year', year: 2012, fiscal: false });
  });

  it('says a period is named but cannot be placed, rather than guess one', () => {
    const unplaced = { kind: 'unplaced' };
    expect(periodOf('GDP grew 2.4% in the fourth quarter.', '2.4%')).toEqual(unplaced);
    expect(periodOf('GDP grew 2.4% in the fourth quarter, the best since 2021.', '2.4%')).toEqual(unplaced);
    expect(periodOf('GDP grew 2.4% last quarter.', '2.4%')).toEqual({ kind: 'unplaced', relative: true });
    expect(periodOf('Deportations totaled 256,000 last year.', '256,000', null)).toEqual({ kind: 'unplaced', relative: true });
    expect(periodOf('Revenue rose 2.4% in its fiscal fourth quarter of 2024.', '2.4%')).toEqual(unplaced);
    expect(periodOf('Unemployment averaged 5% in the 1990s.', '5%')).toEqual(unplaced);
    expect(periodOf('Deportations totaled 2 million in 2010-15.', '2 million')).toEqual(unplaced);
    expect(periodOf('Between 2010 and 2015, deportations totaled 2 million.', '2 million')).toEqual(unplaced);
    expect(periodOf('Deportations have totaled 2 million since 2009.', '2 million')).toEqual(unplaced);
  });

  it('names no period where the text names none for the figure', () => {
    expect(periodOf('The unemployment rate was 3.9%, the lowest since 2000.', '3.9%')).toBeNull();
    expect(periodOf('On Jan. 10, the department said the rate was 3.9%.', '3.9%')).toBeNull();
    expect(periodOf('On Jan. 10, 2019, the department said unemployment averaged 3.9% in 2018.', '3.9%')).toEqual({ kind: 'year', year: 2018, fiscal: false });
    expect(periodOf('May brought 200,000 new jobs.', '200,000')).toBeNull();
  });
});

describe('the prices an amount is in', () => {
  it('takes a year’s dollars as written, and leaves amounts adjusted to no named year unpriced', () => {
    expect(timeOf('The program cost $3 billion in 2010 dollars in 1975.', '$3 billion')).toEqual({ period: { kind: 'year', year: 1975, fiscal: false }, prices: 2010 });
    expect(timeOf('A family earned $50,000 in 1980, or $150,000 in today’s dollars.', '$150,000').prices).toBe('adjusted');
    expect(timeOf('An inflation-adjusted $150,000 was paid in 1980.', '$150,000').prices).toBe('adjusted');
    expect(timeOf('A family earned $1,000 in 1990.', '$1,000').prices).toBeNull();
  });
});

describe('an amount in a story of a quarter', () => {
  it('reads an amount whose nearby sentences speak of a quarter, and name no year, as part of a year', () => {
    const text = 'The retailer earned $2.8 billion as revenue rose to $27.2 billion. Analysts were expecting $27.53 billion. "Our third quarter results were solid," the chief said.';
    expect(periodOf(text, '$2.8 billion')).toEqual({ kind: 'unplaced' });
    expect(periodOf(text, '$27.53 billion')).toEqual({ kind: 'unplaced' });
    expect(periodOf('The retailer earned $2.8 billion last year. Its shares rose.', '$2.8 billion')).toEqual({ kind: 'year', year: 2024, fiscal: false, relativePhrase: 'last year' });
    expect(periodOf('Congress approved $2.8 billion for roads. The vote was close.', '$2.8 billion')).toBeNull();
  });
});
