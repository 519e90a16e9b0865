/** The sources footer every card ends with. */
import { formatIsoDate, message } from '../i18n';
import type { CardBlock, SourcesBlock } from './card-view-model';
import type { SourceRef } from './entity-card';

export function sourcesBlock(sources: readonly SourceRef[]): SourcesBlock | null {
  const seen = new Set<string>();
  const items = sources
    .filter((s) => {
      const key = `${s.url} ${s.asOf}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((s) => ({
      url: s.url,
      linkText: s.title ?? s.publisher,
      rest: s.title ? message('cardSourceWithPublisherAsOf', s.publisher, formatIsoDate(s.asOf)) : message('cardSourceAsOf', formatIsoDate(s.asOf)),
    }));
  return items.length === 0 ? null : { type: 'sources', heading: message('cardSources'), items };
}

export function present<T extends CardBlock>(blocks: ReadonlyArray<T | null | false | undefined>): T[] {
  return blocks.filter((b): b is T => Boolean(b));
}
