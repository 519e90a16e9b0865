import { defineConfig } from 'vitest/config';

/** The browser suite, once per browser: same files, its own project name in every report line. */
function browserProject(name: 'chromium' | 'firefox', groupOrder: number) {
  return {
    test: {
      name,
      include: ['tests/e2e/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['tests/e2e/harness/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 60_000,
      fileParallelism: false,
      // One browser at a time: two cores do not run both well.
      sequence: { groupOrder },
    },
  };
}

export default defineConfig({
  test: {
    reporters: ['default', './tests/e2e/harness/per-browser-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'dom', include: ['tests/dom/**/*.test.ts'], environment: 'jsdom' } },
      { test: { name: 'package', include: ['tests/package/**/*.test.ts'], environment: 'node', testTimeout: 180_000 } },
      browserProject('chromium', 1),
      browserProject('firefox', 2),
    ],
  },
});
