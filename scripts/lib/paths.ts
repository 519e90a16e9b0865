import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared');

/** The shared reference data, or null with the reason printed once by the caller. */
export function sharedDirOrNull(): string | null {
  return existsSync(SHARED_DIR) ? SHARED_DIR : null;
}
