import type { MentionKind } from '../core/types';

/** One CSS Custom Highlight per kind, plus one for the mark reached by keyboard. */
export const HIGHLIGHT_NAMES: Readonly<Record<MentionKind, string>> = {
  person: 'footnote-person',
  statute: 'footnote-statute',
  statistic: 'footnote-statistic',
};
export const FOCUS_HIGHLIGHT_NAME = 'footnote-focus';

/** Marks our own elements so the text index, observers and painters pass over them. */
export const UI_ATTRIBUTE = 'data-footnote-ui';
