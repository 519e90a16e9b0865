/** People in a table's column (`person-table-columns.ts`): names beside people the article shows to be people. */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import { fixtureLookup } from './recognize-fixture';

const people = (text: string): string[] => recognize(text, fixtureLookup()).filter((m) => m.kind === 'person').map((m) => m.text);

describe('a column of people', () => {
  it('reads the unfamiliar names of a column as people when others in it are', () => {
    const table = 'Developer\tChangesets\n\nHerbert Dorn\t63\n\nOliver-Rainer Wittmann\t41\n\nAnna Keller\t36\n\nXandru Ellul\t12';
    expect(people(table)).toEqual(['Herbert Dorn', 'Oliver-Rainer Wittmann', 'Anna Keller', 'Xandru Ellul']);
  });

  it('needs two people in the column: one is not enough to read the rest', () => {
    expect(people('Herbert Dorn\t63\n\nOvrel-Tarnis Wittmann\t41\n\nXandru Ellul\t12')).toEqual(['Herbert Dorn']);
  });

  it('leaves names outside the column alone, and a column mostly of other names', () => {
    const table = 'Herbert Dorn\tPalmerston Heights\n\nAnna Keller\tWhakatane Point\n\nOliver-Rainer Wittmann\tTe Awamutu Bay';
    expect(people(table)).toEqual(['Herbert Dorn', 'Anna Keller', 'Oliver-Rainer Wittmann']);
    const places = 'Herbert Dorn\t1\n\nAnna Keller\t2\n\nRiver Oaks Mall\t3\n\nPort Halden Quay\t4\n\nSandy Hollow Marina\t5\n\nCarrow Flats\t6\n\nMorrow Bluffs\t7';
    expect(people(places)).toEqual(['Herbert Dorn', 'Anna Keller']);
  });
});
