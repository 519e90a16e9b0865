import type { MentionKind } from '../core/types';
import { perKind, kindDefinition } from '../kinds';

/** One CSS Custom Highlight per kind (named in the kind registry), plus one for the mark reached by keyboard. */
export const HIGHLIGHT_NAMES: Readonly<Record<MentionKind, string>> = perKind((kind) => kindDefinition(kind).highlightName);
export const FOCUS_HIGHLIGHT_NAME = 'footnote-focus';

/** Marks our own elements so the text index, observers and painters pass over them. */
export const UI_ATTRIBUTE = 'data-footnote-ui';
