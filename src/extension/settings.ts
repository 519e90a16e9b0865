/**
 * User settings: defaults, validation and migration, kept pure so every context reads them the
 * same way. Storage access lives in `settings-store.ts`.
 */
import type { MentionKind } from '../core/types';

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
  kinds: { person: true, statute: true, statistic: true },
};

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/**
 * Whatever storage holds (nothing, an older version, a damaged value) becomes valid settings:
 * known fields are kept, anything unreadable falls back to its default. Hand-written rather than
 * a schema library, which would multiply the content script's size.
 */
export function migrateSettings(stored: unknown): Settings {
  const candidate = record(stored);
  const kinds = record(candidate.kinds);
  const sites = candidate.disabledSites;
  return {
    version: SETTINGS_VERSION,
    enabled: booleanOr(candidate.enabled, DEFAULT_SETTINGS.enabled),
    disabledSites: Array.isArray(sites) && sites.every((site) => typeof site === 'string') ? [...sites] : [],
    kinds: {
      person: booleanOr(kinds.person, DEFAULT_SETTINGS.kinds.person),
      statute: booleanOr(kinds.statute, DEFAULT_SETTINGS.kinds.statute),
      statistic: booleanOr(kinds.statistic, DEFAULT_SETTINGS.kinds.statistic),
    },
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
