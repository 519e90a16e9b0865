/**
 * Id lookups over one knowledge file, for cards and tests. The index used for recognition lives in
 * knowledge-index.ts.
 */
import type { Act, ConstitutionProvision, KnowledgeFile, Person, Series, Statute } from './schema';

export interface UscSectionRef {
  readonly title: string;
  readonly section: string;
  readonly titleName: string;
  readonly heading: string;
}

/** Id lookups over one knowledge file; maps are built once, on construction. */
export class KnowledgeAccessor {
  private readonly people = new Map<string, Person>();
  private readonly statutes = new Map<string, Statute>();
  private readonly acts = new Map<string, Act>();
  private readonly provisions = new Map<string, ConstitutionProvision>();
  private readonly seriesById = new Map<string, Series>();

  constructor(readonly file: KnowledgeFile) {
    for (const p of file.people) this.people.set(p.id, p);
    for (const s of file.statutes) this.statutes.set(s.id, s);
    for (const a of file.acts) this.acts.set(a.id, a);
    for (const c of file.constitution) this.provisions.set(c.id, c);
    for (const s of file.series) this.seriesById.set(s.id, s);
  }

  person(id: string): Person | null {
    return this.people.get(id) ?? null;
  }

  /** The curated entry for "usc:8:1324", if any. */
  statute(id: string): Statute | null {
    return this.statutes.get(id) ?? null;
  }

  act(id: string): Act | null {
    return this.acts.get(id) ?? null;
  }

  provision(id: string): ConstitutionProvision | null {
    return this.provisions.get(id) ?? null;
  }

  series(id: string): Series | null {
    return this.seriesById.get(id) ?? null;
  }

  /** Any Code section by "usc:TITLE:SECTION" id, curated or not. */
  uscSection(id: string): UscSectionRef | null {
    const m = /^usc:([^:]+):(.+)$/.exec(id);
    if (!m) return null;
    const [, titleNumber = '', section = ''] = m;
    const title = this.file.usc[titleNumber];
    const heading = title?.sections[section];
    if (title === undefined || heading === undefined) return null;
    return { title: titleNumber, section, titleName: title.name, heading };
  }

  /** Acts whose crosswalk maps one of their sections to this Code section: [act, act section]. */
  actSectionsFor(title: string, section: string): [Act, string][] {
    const out: [Act, string][] = [];
    for (const act of this.file.acts) {
      if (act.crosswalk === undefined || act.crosswalkTitle !== title) continue;
      for (const [actSection, usc] of Object.entries(act.crosswalk)) if (usc === section) out.push([act, actSection]);
    }
    return out;
  }
}
