/**
 * People the recognizer used to miss on held-out news, and credit lines it used to mark. Every
 * sentence is invented; each reproduces a pattern met on news pages.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import type { PersonMention } from '../../src/core/types';
import { fixtureLookup } from './recognize-fixture';

const lookup = fixtureLookup();
const people = (text: string): PersonMention[] => recognize(text, lookup).filter((m): m is PersonMention => m.kind === 'person');
const texts = (text: string): string[] => people(text).map((m) => m.text);

describe('credit lines inside the text are bylines, not mentions', () => {
  it('drops names in a "contributed to this report" line', () => {
    expect(texts('The mayor, Helen Darby, said the bridge would reopen. Staff writer Peter Vance in Lima and Laura Finch contributed to this report.')).toEqual(['Helen Darby']);
    expect(texts('Helen Darby said the bridge would reopen. Peter Vance and Laura Finch contributed.')).toEqual(['Helen Darby']);
  });

  it('drops names in a "reported from" line, with every name joined to it', () => {
    expect(texts('Helen Darby said the vote failed. Peter Vance reported from Lima, and Laura Finch from Quito.')).toEqual(['Helen Darby']);
  });

  it('keeps a reporter named in a sentence of the story', () => {
    expect(texts('Peter Vance reported from Lima that the vote had failed, Helen Darby said.')).toEqual(['Peter Vance', 'Helen Darby']);
  });

  it('drops the closing author bio, but not a person of the story described the same way', () => {
    expect(texts('Helen Darby said the vote failed. The count went on all night. Peter Vance\nPeter Vance is a freelance producer based in Lima.')).toEqual(['Helen Darby']);
    expect(texts('Peter Vance broke the story in May. The count went on all night. Peter Vance is a reporter for a local paper.')).toEqual(['Peter Vance', 'Peter Vance']);
  });
});
