/** The popup's kind colours (`--kind-ink` on each `[data-kind]`), light and dark, from the kind registry. */
import { KINDS, rgb } from '../../kinds';

export function kindColourRules(): string {
  const light = KINDS.map((definition) => `[data-kind="${definition.kind}"] { --kind-ink: ${rgb(definition.light.ink)}; }`);
  const dark = KINDS.map((definition) => `  [data-kind="${definition.kind}"] { --kind-ink: ${rgb(definition.dark.ink)}; }`);
  return [...light, '@media (prefers-color-scheme: dark) {', ...dark, '}'].join('\n');
}
