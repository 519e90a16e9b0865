import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, enabledKinds, isActiveOnHost, migrateSettings, withSiteEnabled } from '../../src/extension/settings';

describe('settings', () => {
  it('gives the defaults when storage holds nothing', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what it can read from a damaged or older value', () => {
    const migrated = migrateSettings({ enabled: false, kinds: { statute: false, person: 'yes' }, disabledSites: 'x' });
    expect(migrated).toEqual({
      version: 1,
      enabled: false,
      disabledSites: [],
      kinds: { person: true, statute: false, statistic: true },
    });
    expect(migrateSettings({ enabled: true, kinds: { statute: false } }).kinds).toEqual({ person: true, statute: false, statistic: true });
  });

  it('turns a site off and on without touching others', () => {
    const off = withSiteEnabled(withSiteEnabled(DEFAULT_SETTINGS, 'b.example', false), 'a.example', false);
    expect(off.disabledSites).toEqual(['a.example', 'b.example']);
    expect(isActiveOnHost(off, 'a.example')).toBe(false);
    expect(isActiveOnHost(off, 'c.example')).toBe(true);
    const on = withSiteEnabled(off, 'a.example', true);
    expect(on.disabledSites).toEqual(['b.example']);
  });

  it('is inactive everywhere when turned off globally', () => {
    expect(isActiveOnHost({ ...DEFAULT_SETTINGS, enabled: false }, 'c.example')).toBe(false);
  });

  it('lists only the kinds switched on', () => {
    expect([...enabledKinds({ ...DEFAULT_SETTINGS, kinds: { person: false, statute: true, statistic: true } })]).toEqual(['statute', 'statistic']);
  });
});
