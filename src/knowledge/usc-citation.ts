/** How Footnote writes a U.S. Code citation, the same on marks, in the popup and on cards. */

export function uscCitation(title: string, section: string): string {
  return `${title} U.S.C. § ${section}`;
}

/** A whole title: "8 U.S.C.". */
export function uscTitleCitation(title: string): string {
  return `${title} U.S.C.`;
}
