/**
 * What the popup lists: one row per entity (a person however the article spells them, a law,
 * a figure), grouped by kind in registry order, with how often the article mentions it.
 */
import type { MentionKind } from '../../core/types';
import { itemAt } from '../../core/item-at';
import { KIND_ORDER } from '../../kinds';
import type { PageMentionSummary } from '../messages';

export interface PopupEntity {
  readonly key: string;
  readonly kind: MentionKind;
  readonly label: string;
  /** Mark indexes of every mention, in text order. */
  readonly indexes: readonly number[];
  /** The article's own spellings that differ from the label ("Bernie Sanders" for "Bernard Sanders"), for the filter. */
  readonly otherSpellings: readonly string[];
}

export interface EntityGroup {
  readonly kind: MentionKind;
  readonly entities: readonly PopupEntity[];
}

interface Collecting {
  key: string;
  kind: MentionKind;
  labels: string[];
  indexes: number[];
  surfaces: string[];
}

/** Of an unlinked chain's labels ("Smith", "Jane Smith"), the fullest one names the row. */
function fullestLabel(labels: readonly string[]): string {
  return labels.reduce((best, label) => (label.length > best.length ? label : best));
}

function entityOf(collected: Collecting): PopupEntity {
  const label = fullestLabel(collected.labels);
  const folded = new Set([label.toLocaleLowerCase()]);
  const otherSpellings: string[] = [];
  for (const surface of collected.surfaces) {
    const key = surface.toLocaleLowerCase();
    if (folded.has(key)) continue;
    folded.add(key);
    otherSpellings.push(surface);
  }
  return { key: collected.key, kind: collected.kind, label, indexes: collected.indexes, otherSpellings };
}

/** Groups in registry order, empty kinds left out; rows by mention count, then first appearance. */
export function groupEntities(mentions: readonly PageMentionSummary[]): EntityGroup[] {
  const byKey = new Map<string, Collecting>();
  for (const mention of [...mentions].sort((a, b) => a.index - b.index)) {
    const key = `${mention.kind}\u0000${mention.entityKey}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key: mention.entityKey, kind: mention.kind, labels: [], indexes: [], surfaces: [] };
      byKey.set(key, entry);
    }
    entry.labels.push(mention.label);
    entry.indexes.push(mention.index);
    entry.surfaces.push(mention.text);
  }
  const entities = [...byKey.values()].map(entityOf);
  return KIND_ORDER.map((kind) => ({
    kind,
    entities: entities
      .filter((entity) => entity.kind === kind)
      .sort((a, b) => b.indexes.length - a.indexes.length || itemAt(a.indexes, 0) - itemAt(b.indexes, 0)),
  })).filter((group) => group.entities.length > 0);
}

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Rows whose name or any spelling in the article contains the query, ignoring case and accents. */
export function filterGroups(groups: readonly EntityGroup[], query: string): EntityGroup[] {
  const needle = folded(query.trim());
  if (needle === '') return [...groups];
  return groups
    .map((group) => ({
      kind: group.kind,
      entities: group.entities.filter((entity) => [entity.label, ...entity.otherSpellings].some((text) => folded(text).includes(needle))),
    }))
    .filter((group) => group.entities.length > 0);
}

export function entityCount(groups: readonly EntityGroup[]): number {
  return groups.reduce((sum, group) => sum + group.entities.length, 0);
}
