/**
 * Finds the knowledge file's act names and popular names in an article by walking a word trie
 * built once per knowledge index, so the cost is per article word, not per name.
 */
import type { Token, TokenizedText } from './text-tokens';
import type { KnowledgeLookup } from './types';
import { itemAt } from './item-at';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  key: string | null;
}

export interface ActNameIndex {
  find(tokenized: TokenizedText): Array<{ start: number; end: number; name: string; key: string }>;
}

/** Short names ("ina", "cobra") only count when the article writes them in capitals. */
const SHORT_NAME_MAX_CHARS = 6;

const cache = new WeakMap<KnowledgeLookup, ActNameIndex>();

function wordOf(token: Token): string {
  const w = token.lower;
  if (!w.includes("'") && !w.includes('\u2019')) return w;
  return w.replace(/[\u2019']s?$/, '').replace(/[\u2018\u2019]/g, "'");
}

function isLowerStart(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : word[0] !== (word[0] as string).toUpperCase();
}

const UPPER_START = /^\p{Lu}/u;

/** Whether the name as written (`surface`, without a possessive) reads as the law's name. */
function acceptable(key: string, surface: string, words: number): boolean {
  if (words === 1 && key.length <= SHORT_NAME_MAX_CHARS) return surface === surface.toUpperCase() || /^[A-Z][a-z]+care$/.test(surface);
  return UPPER_START.test(surface);
}

/** "IX" of "IX-related": the part of a hyphenated word before its first hyphen. */
function headOfCompound(token: Token): string | null {
  const hyphen = token.text.indexOf('-');
  return hyphen > 0 ? token.lower.slice(0, hyphen) : null;
}

export function actNameIndex(lookup: KnowledgeLookup): ActNameIndex {
  const cached = cache.get(lookup);
  if (cached) return cached;
  const root: TrieNode = { next: new Map(), key: null };
  for (const key of lookup.statuteNames()) {
    const words = key.split(' ');
    if (words.some((w) => !/^[\p{L}\p{N}'-]+$/u.test(w))) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), key: null };
        node.next.set(w, child);
      }
      node = child;
    }
    node.key = key;
  }
  const index: ActNameIndex = {
    find(tokenized) {
      const { tokens, text } = tokenized;
      const found: Array<{ start: number; end: number; name: string; key: string }> = [];
      for (let i = 0; i < tokens.length; i++) {
        const first = itemAt(tokens, i);
        // A name opens with a capital (`acceptable`): a word starting in lower case opens none.
        if (first.kind === 'punct' || (first.kind === 'word' && isLowerStart(first.text))) continue;
        let node = root.next.get(wordOf(first));
        let j = i;
        let best: { end: number; key: string; words: number; endOffset: number } | null = null;
        const firstHead = node ? null : headOfCompound(first);
        const firstHeadKey = firstHead === null ? null : (root.next.get(firstHead)?.key ?? null);
        if (firstHeadKey !== null) best = { end: i, key: firstHeadKey, words: 1, endOffset: first.start + (firstHead as string).length };
        while (node) {
          const last = itemAt(tokens, j);
          if (node.key !== null) best = { end: j, key: node.key, words: j - i + 1, endOffset: last.end - (/[\u2019']s?$/.test(last.text) ? (/s$/.test(last.text) ? 2 : 1) : 0) };
          const t = tokens[j + 1];
          if (!t || t.kind === 'punct') break;
          const next = node.next.get(wordOf(t));
          // "Title IX-related complaints": a name can end inside a hyphenated modifier.
          const head = next ? null : headOfCompound(t);
          const headNode = head === null ? undefined : node.next.get(head);
          if (headNode?.key) best = { end: j + 1, key: headNode.key, words: j - i + 2, endOffset: t.start + (head as string).length };
          node = next;
          j++;
        }
        const name = best ? text.slice(first.start, best.endOffset) : '';
        if (best && acceptable(best.key, name, best.words)) {
          found.push({ start: first.start, end: best.endOffset, name, key: best.key });
          i = best.end;
        }
      }
      return found;
    },
  };
  cache.set(lookup, index);
  return index;
}
