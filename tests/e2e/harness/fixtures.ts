import path from 'node:path';
import { REPO_ROOT } from '../../../scripts/lib/paths';

/** Pages we wrote for the tests, served from 127.0.0.1. */
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures');
