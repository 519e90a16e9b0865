/** The store build is silent: the logger's calls are compiled out; development builds keep them. */
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleDefines, type BuildVariant } from '../../scripts/lib/build-extension';
import { REPO_ROOT } from '../../scripts/lib/paths';

async function bundledLogCall(variant: BuildVariant): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { log } from './log';\nlog.warn('nothing marked');\nPromise.reject(new Error('x')).catch(log.failure('Scanning'));\n",
      resolveDir: path.join(REPO_ROOT, 'src', 'extension'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    define: bundleDefines(variant),
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('logging by build', () => {
  it('writes to the console in a development build', async () => {
    expect(await bundledLogCall('development')).toContain('console.warn');
  });

  it('leaves no console call in the store build', async () => {
    expect(await bundledLogCall('store')).not.toMatch(/console\./);
  });
});
