/**
 * User settings: defaults, validation and migration, kept pure so every context reads them the
 * same way. Storage access lives in `settings-store.ts`.
 */
import type { MentionKind } from '../core/types';
import { perKind } from '../kinds';
import { array, boolean, isRecord, string } from './runtime-types';

export const SETTINGS_VERSION = 1;
export const SETTINGS_STORAGE_KEY = 'footnote.settings';

export interface Settings {
  readonly version: typeof SETTINGS_VERSION;
  /** Footnote on or off everywhere. */
  readonly enabled: boolean;
  /** Hostnames where the user turned Footnote off. */
  readonly disabledSites: readonly string[];
  readonly kinds: Readonly<Record<MentionKind, boolean>>;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  kinds: perKind(() => true),
};

const EMPTY: Readonly<Record<string, unknown>> = {};
const hostnames = array(string);

function booleanOr(value: unknown, fallback: boolean): boolean {
  return boolean(value) ? value : fallback;
}

/**
 * Whatever storage holds (nothing, an older version, a damaged value) becomes valid settings:
 * each known field is kept when its check passes, and falls back to its default otherwise, so one
 * damaged field never costs the user the others. The checks are the message protocol's
 * (`runtime-types.ts`); a schema library would cost the content script about 25 KB.
 */
export function migrateSettings(stored: unknown): Settings {
  const candidate = isRecord(stored) ? stored : EMPTY;
  const kinds = isRecord(candidate.kinds) ? candidate.kinds : EMPTY;
  const sites = candidate.disabledSites;
  return {
    version: SETTINGS_VERSION,
    enabled: booleanOr(candidate.enabled, DEFAULT_SETTINGS.enabled),
    disabledSites: hostnames(sites) ? [...sites] : [],
    kinds: perKind((kind) => booleanOr(kinds[kind], DEFAULT_SETTINGS.kinds[kind])),
  };
}

export function isActiveOnHost(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

export function enabledKinds(settings: Settings): ReadonlySet<MentionKind> {
  const kinds = Object.entries(settings.kinds)
    .filter(([, on]) => on)
    .map(([kind]) => kind as MentionKind);
  return new Set(kinds);
}

export function withSiteEnabled(settings: Settings, hostname: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== hostname);
  return { ...settings, disabledSites: on ? others : [...others, hostname].sort() };
}
