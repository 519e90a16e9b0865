/**
 * The one registry of what Footnote marks. Everything that lists kinds — the highlight painter
 * and its stylesheet, the popup, the cards, the settings switches, the benchmarks — derives from
 * it, so a new kind is an entry here plus its recognizer and its card.
 */
import type { MentionKind } from './core/types';
import type { MessageName } from './i18n';

/** Red, green, blue (0–255). */
export type Rgb = readonly [number, number, number];

export interface KindPalette {
  /** Text, underline and dots in UI chrome (popup, card label): meets 4.5:1 on that scheme's background. */
  readonly ink: Rgb;
  /** The mark's translucent background tint on the page. */
  readonly tint: Rgb;
}

export interface KindDefinition {
  readonly kind: MentionKind;
  /** The CSS Custom Highlight name its marks are painted under. */
  readonly highlightName: string;
  /** Message names in `_locales/en/messages.json`: one ("Person") and the group heading ("People"). */
  readonly singularMessage: MessageName;
  readonly pluralMessage: MessageName;
  readonly light: KindPalette;
  readonly dark: KindPalette;
}

/** Every kind, keyed so the compiler insists on all of them; listed in display order (popup groups,
    settings switches, benchmark tables). */
const DEFINITIONS: Readonly<Record<MentionKind, Omit<KindDefinition, 'kind'>>> = {
  person: {
    highlightName: 'footnote-person',
    singularMessage: 'kindPerson',
    pluralMessage: 'kindPeople',
    light: { ink: [29, 78, 216], tint: [37, 99, 235] },
    dark: { ink: [147, 197, 253], tint: [96, 165, 250] },
  },
  statute: {
    highlightName: 'footnote-statute',
    singularMessage: 'kindStatute',
    pluralMessage: 'kindStatutes',
    light: { ink: [126, 34, 206], tint: [147, 51, 234] },
    dark: { ink: [216, 180, 254], tint: [192, 132, 252] },
  },
  statistic: {
    highlightName: 'footnote-statistic',
    singularMessage: 'kindStatistic',
    pluralMessage: 'kindStatistics',
    light: { ink: [4, 120, 87], tint: [5, 150, 105] },
    dark: { ink: [110, 231, 183], tint: [52, 211, 153] },
  },
};

export const KINDS: readonly KindDefinition[] = Object.entries(DEFINITIONS).map(([kind, definition]) => ({
  kind: kind as MentionKind,
  ...definition,
}));

export const KIND_ORDER: readonly MentionKind[] = KINDS.map((definition) => definition.kind);

export function kindDefinition(kind: MentionKind): KindDefinition {
  return { kind, ...DEFINITIONS[kind] };
}

/** One value per kind, in registry order: settings defaults, per-kind tallies. */
export function perKind<T>(make: (kind: MentionKind) => T): Record<MentionKind, T> {
  return Object.fromEntries(KIND_ORDER.map((kind) => [kind, make(kind)])) as Record<MentionKind, T>;
}

export function rgb(colour: Rgb, alpha = 1): string {
  return alpha === 1 ? `rgb(${colour.join(', ')})` : `rgba(${colour.join(', ')}, ${alpha})`;
}

/**
 * CSS giving `selector[data-kind="…"]` its kind's `--kind-ink`, light and dark, for UI chrome
 * (popup rows, the card's label and accents) to colour itself with `var(--kind-ink)`.
 */
export function kindInkRules(selector = ''): string {
  const rule = (definition: KindDefinition, palette: KindPalette): string =>
    `${selector}[data-kind="${definition.kind}"] { --kind-ink: ${rgb(palette.ink)}; }`;
  const light = KINDS.map((definition) => rule(definition, definition.light));
  const dark = KINDS.map((definition) => `  ${rule(definition, definition.dark)}`);
  return [...light, '@media (prefers-color-scheme: dark) {', ...dark, '}'].join('\n');
}
