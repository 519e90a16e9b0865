import type { UscTitle } from '../../src/knowledge/schema';
import { asRecord, optString, type DataDir } from './data-files';
import { titleCase } from './names';
import { compareStrings } from './stable-json';

/** Abbreviations a heading can end on, whose period stays: "directors, etc.", "Inc.", "Co.". */
const CLOSING_ABBREVIATION = /\b(?:etc|Inc|Co|Corp|Ltd|Jr|Sr|No)\.$/;
/** Initials a heading can end on: "Washington, D.C.", "Law Day, U.S.A.". */
const CLOSING_INITIALS = /\b\p{Lu}\.\p{Lu}\.$/u;

/** A heading without its closing period, except the one of an abbreviation or of initials. */
export function withoutClosingPeriod(heading: string): string {
  return CLOSING_ABBREVIATION.test(heading) || CLOSING_INITIALS.test(heading) ? heading : heading.replace(/\.$/, '');
}

/** Every U.S. Code title and section heading, compact: title → {name, sections}. */
export function uscTitles(data: DataDir): Record<string, UscTitle> {
  const raw = asRecord(data.json('uscode/uscode-sections.json'), 'uscode-sections.json');
  const out: Record<string, UscTitle> = {};
  for (const title of Object.keys(raw).sort(compareStrings)) {
    const t = asRecord(raw[title], `title ${title}`);
    const sections: Record<string, string> = {};
    const src = asRecord(t.sections ?? {}, `title ${title} sections`);
    for (const num of Object.keys(src).sort(compareStrings)) {
      const heading = optString(src[num]);
      if (heading) sections[num] = withoutClosingPeriod(heading);
    }
    out[title] = { name: titleCase(optString(t.name) ?? `Title ${title}`), sections };
  }
  return out;
}

export interface Crosswalk {
  /** The crosswalk file's act name, e.g. "Immigration & Nationality Act". */
  actName: string;
  title: string;
  map: Record<string, string>;
}

export function crosswalks(data: DataDir): Crosswalk[] {
  const raw = asRecord(data.json('uscode/act-section-crosswalks.json'), 'act-section-crosswalks.json');
  return Object.keys(raw)
    .filter((k) => k !== '_meta')
    .sort(compareStrings)
    .map((actName) => {
      const a = asRecord(raw[actName], actName);
      const map = asRecord(a.act_section_to_usc_section, `${actName} map`);
      const sorted: Record<string, string> = {};
      for (const k of Object.keys(map).sort(compareStrings)) sorted[k] = String(map[k]);
      return { actName, title: optString(a.usc_title) ?? '', map: sorted };
    });
}
