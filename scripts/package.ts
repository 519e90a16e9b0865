/**
 * `npm run package`: the store packages of dist/chrome and dist/firefox (zipped by web-ext, store
 * manifests without the loopback hosts), and the source archive addons.mozilla.org reviews.
 */
import path from 'node:path';
import { writeSourceArchive, writeStorePackage } from './lib/store-packages';
import { DIST_DIR, REPO_ROOT } from './lib/paths';

for (const written of [writeStorePackage('chrome', DIST_DIR), writeStorePackage('firefox', DIST_DIR), writeSourceArchive(DIST_DIR)]) {
  console.log(`wrote ${path.relative(REPO_ROOT, written)}`);
}
