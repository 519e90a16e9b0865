// ESLint rule: a vocabulary lists each entry once. A repeated word in a Set or a word list, or a
// repeated key in a Map or a table of pairs, is at best noise and at worst two entries that
// disagree. (Repeated keys in object literals are ESLint's own `no-dupe-keys`.)

/** @typedef {import('estree').Node} Node */

/** The literal text of a string or number literal (or a template without expressions), else null. */
function literalKey(/** @type {Node | null | undefined} */ node) {
  if (!node) return null;
  if (node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number')) {
    return `${typeof node.value}:${String(node.value)}`;
  }
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return `string:${node.quasis.map((q) => q.value.cooked ?? '').join('')}`;
  }
  return null;
}

/** The key of a `[key, value]` pair literal, else null. */
function pairKey(/** @type {Node | null | undefined} */ node) {
  if (!node || node.type !== 'ArrayExpression' || node.elements.length !== 2) return null;
  const first = node.elements[0];
  return first && first.type !== 'SpreadElement' ? literalKey(first) : null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'A vocabulary (Set, Map, word list, table of pairs) lists each entry once' },
    schema: [],
    messages: { duplicate: '{{entry}} is listed twice in this vocabulary (first on line {{line}})' },
  },
  create(context) {
    /**
     * Reports every element whose key was already seen in the same list.
     * @param {readonly (Node | null)[]} elements
     * @param {(node: Node) => string | null} keyOf
     */
    function check(elements, keyOf) {
      /** @type {Map<string, number>} */
      const seen = new Map();
      for (const element of elements) {
        if (!element || element.type === 'SpreadElement') continue;
        const key = keyOf(element);
        if (key === null) continue;
        const firstLine = seen.get(key);
        if (firstLine === undefined) {
          seen.set(key, element.loc?.start.line ?? 0);
          continue;
        }
        const entry = JSON.stringify(key.slice(key.indexOf(':') + 1));
        context.report({ node: element, messageId: 'duplicate', data: { entry, line: String(firstLine) } });
      }
    }

    return {
      NewExpression(node) {
        const list = node.arguments[0];
        if (node.callee.type !== 'Identifier' || list?.type !== 'ArrayExpression') return;
        if (node.callee.name === 'Set') check(list.elements, literalKey);
        if (node.callee.name === 'Map') check(list.elements, pairKey);
      },
      // A vocabulary constant (named in capitals) that is a list of words or of pairs:
      // `const WORDS = ['a', 'b']`, `const TABLE = [['a', 1]]`. Other arrays may repeat on purpose.
      VariableDeclarator(node) {
        if (node.id.type !== 'Identifier' || !/^[A-Z][A-Z0-9_]*$/.test(node.id.name)) return;
        const list = node.init?.type === 'TSAsExpression' || node.init?.type === 'TSSatisfiesExpression' ? node.init.expression : node.init;
        if (list?.type !== 'ArrayExpression' || list.elements.length < 2) return;
        const elements = list.elements;
        if (elements.every((e) => e !== null && e.type !== 'SpreadElement' && literalKey(e)?.startsWith('string:'))) {
          check(elements, literalKey);
        } else if (elements.every((e) => e !== null && e.type !== 'SpreadElement' && pairKey(e) !== null)) {
          check(elements, pairKey);
        }
      },
    };
  },
};

export default rule;
