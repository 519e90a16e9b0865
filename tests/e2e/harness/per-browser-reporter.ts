/**
 * After a run, one line per browser project: how many browser tests passed, failed and were
 * skipped, with each skip's reason, so "Firefox N passed" is read off the report, not summed.
 */
import type { Reporter, TestModule } from 'vitest/node';

const BROWSERS = ['chromium', 'firefox'] as const;

export default class PerBrowserReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const browser of BROWSERS) {
      const modules = testModules.filter((module) => module.project.name === browser);
      if (modules.length === 0) continue;
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const skipped: string[] = [];
      for (const module of modules) {
        for (const test of module.children.allTests()) {
          const result = test.result();
          if (result.state === 'passed') counts.passed++;
          else if (result.state === 'failed') counts.failed++;
          else if (result.state === 'skipped') {
            counts.skipped++;
            if (result.note) skipped.push(`${test.name}: ${result.note}`);
          }
        }
      }
      const title = browser === 'chromium' ? 'Chromium' : 'Firefox';
      console.log(`${title}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      for (const line of skipped) console.log(`  skipped in ${title}: ${line}`);
    }
  }
}
