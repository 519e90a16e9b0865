/**
 * User settings: defaults, validation and migration, kept pure so every context reads them the
 * same way. Storage access lives in `settings-store.ts`.
 */
import { z } from 'zod';
import type { MentionKind } from '../core/types';

export const SETTINGS_VERSION = 1;
export const SETTINGS_STORAGE_KEY = 'footnote.settings';

const kindsSchema = z.object({
  person: z.boolean(),
  statute: z.boolean(),
  statistic: z.boolean(),
});

const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  enabled: z.boolean(),
  /** Hostnames where the user turned Footnote off. */
  disabledSites: z.array(z.string()),
  kinds: kindsSchema,
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  kinds: { person: true, statute: true, statistic: true },
};

/**
 * Whatever storage holds (nothing, an older version, a damaged value) becomes valid settings:
 * known fields are kept, anything unreadable falls back to its default.
 */
export function migrateSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const candidate = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const kinds = kindsSchema.partial().safeParse(candidate.kinds);
  const sites = z.array(z.string()).safeParse(candidate.disabledSites);
  return {
    version: SETTINGS_VERSION,
    enabled: typeof candidate.enabled === 'boolean' ? candidate.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: sites.success ? sites.data : [],
    kinds: { ...DEFAULT_SETTINGS.kinds, ...(kinds.success ? kinds.data : {}) },
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
