/**
 * How the packaged extension carries the one knowledge file. Store linters refuse to parse any file
 * over 5 MB, and half of the file is U.S. Code section headings that only a card ever shows. So the
 * build writes three parts:
 * - the core (everything but the Code), needed to recognise anything;
 * - the Code's titles and section numbers, which recognition checks citations against;
 * - the section headings, fetched only when a card for a Code section is first built.
 */
import type { KnowledgeFile, UscTitle } from './schema';

export const KNOWLEDGE_CORE_FILE = 'knowledge-core.json';
export const KNOWLEDGE_USC_SECTIONS_FILE = 'knowledge-usc-sections.json';
export const KNOWLEDGE_USC_HEADINGS_FILE = 'knowledge-usc-headings.json';

/** Joins section numbers in one string per title: far smaller to fetch and parse than a map. */
const SECTION_SEPARATOR = '|';

export type KnowledgeCore = Omit<KnowledgeFile, 'usc'>;
/** Title number -> its name and its section numbers joined by SECTION_SEPARATOR. */
export type UscSections = Readonly<Record<string, { readonly name: string; readonly sections: string }>>;
/** Title number -> section number -> heading. */
export type UscHeadings = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface KnowledgeParts {
  readonly core: KnowledgeCore;
  readonly sections: UscSections;
  readonly headings: UscHeadings;
}

export function splitKnowledgeFile(file: KnowledgeFile): KnowledgeParts {
  const { usc, ...core } = file;
  const sections: Record<string, { name: string; sections: string }> = {};
  const headings: Record<string, Record<string, string>> = {};
  for (const [number, title] of Object.entries(usc)) {
    sections[number] = { name: title.name, sections: Object.keys(title.sections).join(SECTION_SEPARATOR) };
    headings[number] = title.sections;
  }
  return { core, sections, headings };
}

/**
 * The knowledge file as recognition needs it: every title and section present, headings empty
 * until `withUscHeadings` fills them in.
 */
export function joinWithoutHeadings(core: KnowledgeCore, sections: UscSections): KnowledgeFile {
  const usc: Record<string, UscTitle> = {};
  for (const [number, title] of Object.entries(sections)) {
    const empty: Record<string, string> = {};
    for (const section of title.sections.split(SECTION_SEPARATOR)) empty[section] = '';
    usc[number] = { name: title.name, sections: empty };
  }
  return { ...core, usc };
}

export function withUscHeadings(file: KnowledgeFile, headings: UscHeadings): KnowledgeFile {
  const usc: Record<string, UscTitle> = {};
  for (const [number, title] of Object.entries(file.usc)) usc[number] = { name: title.name, sections: { ...headings[number] } };
  return { ...file, usc };
}
