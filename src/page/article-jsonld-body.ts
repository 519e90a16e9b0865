/**
 * Locates the live element holding the text a page's JSON-LD `articleBody` declares. The JSON
 * text itself is never returned or painted: it only tells which live subtree is the story. Word
 * triples of the declared body are looked up while walking the live text once, and every element
 * learns how many of them it holds.
 */
import { SKIPPED_TAGS, isHiddenElement, isOwnOrEditable } from './article-hints';
import { runAtOnce, type Steps } from './work-slices';

export interface DeclaredBodyMatch {
  /** Smallest live element holding most of the declared body's word triples. */
  located: Element;
  /** Word triples of the declared body found inside `el` (0 for elements outside the body). */
  hitsIn(el: Element): number;
  /** Word triples (of any text) inside `el`. */
  triplesIn(el: Element): number;
}

/** Declared bodies shorter than this many word triples are summaries, not bodies. */
const MIN_DECLARED_TRIPLES = 40;
/** Share of the declared triples the live page must show before the match means anything. */
const MIN_FOUND_SHARE = 0.5;
/** The located element holds at least this share of all matching live triples. */
const LOCATED_SHARE = 0.8;

const WORD = /[\p{L}\p{N}]+/gu;
const MARKUP = /<[^>]{0,400}>/g;
/** Scripts written without spaces between words make triples meaningless. */
const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f]/;

function declaredTriples(body: string): Set<string> {
  const words = body.replace(MARKUP, ' ').toLowerCase().match(WORD) ?? [];
  const triples = new Set<string>();
  for (let i = 2; i < words.length; i++) triples.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  return triples;
}

interface Counts {
  hits: number;
  triples: number;
}

/**
 * Only the declared body's beginning is compared: its triples are plenty to locate the story,
 * and a page may declare a body of megabytes.
 */
const MAX_DECLARED_CHARS = 200_000;
/** Elements visited between two yields of `matchDeclaredBodySteps`. */
const ELEMENTS_PER_STEP = 128;

export function matchDeclaredBody(root: Element, declared: string): DeclaredBodyMatch | null {
  return runAtOnce(matchDeclaredBodySteps(root, declared));
}

export function* matchDeclaredBodySteps(root: Element, declared: string): Steps<DeclaredBodyMatch | null> {
  if (UNSPACED_SCRIPT.test(declared.slice(0, 400))) return null;
  const wanted = declaredTriples(declared.slice(0, MAX_DECLARED_CHARS));
  if (wanted.size < MIN_DECLARED_TRIPLES) return null;
  const counts = new Map<Element, Counts>();
  // The two words before the current one, across text nodes in document order.
  let w1 = '';
  let w2 = '';

  // Depth first with an explicit stack: a page may nest elements thousands deep.
  const stack: Array<{ el: Element; c: Counts; child: ChildNode | null }> = [{ el: root, c: { hits: 0, triples: 0 }, child: root.firstChild }];
  let visited = 0;
  for (let f = stack.at(-1); f !== undefined; f = stack.at(-1)) {
    let entered: Element | null = null;
    while (f.child !== null && entered === null) {
      const child = f.child;
      f.child = child.nextSibling;
      if (child.nodeType === 3) {
        for (const m of (child as Text).data.matchAll(WORD)) {
          const word = m[0].toLowerCase();
          if (w1 !== '') {
            f.c.triples++;
            if (wanted.has(`${w1} ${w2} ${word}`)) f.c.hits++;
          }
          w1 = w2;
          w2 = word;
        }
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (!(SKIPPED_TAGS.has(e.tagName) || isHiddenElement(e) || isOwnOrEditable(e))) entered = e;
      }
    }
    if (entered !== null) {
      stack.push({ el: entered, c: { hits: 0, triples: 0 }, child: entered.firstChild });
      if (++visited % ELEMENTS_PER_STEP === 0) yield;
      continue;
    }
    counts.set(f.el, f.c);
    stack.pop();
    const parent = stack.at(-1);
    if (parent !== undefined) {
      parent.c.hits += f.c.hits;
      parent.c.triples += f.c.triples;
    }
  }

  const total = counts.get(root) ?? { hits: 0, triples: 0 };
  if (total.hits < wanted.size * MIN_FOUND_SHARE) return null;
  let located = root;
  for (;;) {
    let next: Element | null = null;
    for (let child = located.firstElementChild; child !== null; child = child.nextElementSibling) {
      if ((counts.get(child)?.hits ?? 0) >= total.hits * LOCATED_SHARE) next = child;
    }
    if (next === null) break;
    located = next;
  }
  return {
    located,
    hitsIn: (el) => counts.get(el)?.hits ?? 0,
    triplesIn: (el) => counts.get(el)?.triples ?? 0,
  };
}
