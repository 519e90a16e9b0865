/**
 * The name a reader knows an entity by, for lists (the popup) and announcements: "Joe Biden"
 * rather than "Joe Biden Jr.", "Charles Schumer" rather than "Charles E. Schumer", "Voting Rights
 * Act" rather than "Pub. L. 89-110".
 */
import type { EntityCard } from './entity-card';

const GENERATIONAL_SUFFIX = /,?\s+(?:Jr|Sr)\.?$|,?\s+(?:II|III|IV)$/;
/** "Charles E. Schumer" -> "Charles Schumer": a middle initial between two names. */
const MIDDLE_INITIAL = /(?<=\S)\s+\p{Lu}\.(?=\s+\S)/gu;
/** 'Eric A. "Rick" Crawford' -> "Rick Crawford": the name in quotes is the one in use. */
const QUOTED_NICKNAME = /^\S+\s+(?:\p{Lu}\.\s+)?"([^"]+)"\s+/u;
const ENACTMENT_YEAR = /\s+of\s+\d{4}$/;

/** U.S. Code sections and titles are known by their citation unless they have a popular name. */
function isCodeCard(id: string): boolean {
  return id.startsWith('usc:');
}

export function displayNameOf(card: EntityCard): string {
  switch (card.kind) {
    case 'person':
      return card.name.replace(GENERATIONAL_SUFFIX, '').replace(QUOTED_NICKNAME, '$1 ').replace(MIDDLE_INITIAL, '');
    case 'statute':
      if (isCodeCard(card.id) || !card.title) return card.popularNames[0] ?? card.citation;
      return card.title.replace(ENACTMENT_YEAR, '');
    case 'series':
      return card.name;
  }
}
