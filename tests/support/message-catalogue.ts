/** Unit and jsdom tests run outside the extension: they read the same messages.json the CLI bundles. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useMessageCatalogue, type MessageCatalogue } from '../../src/i18n';

const catalogueFile = path.join(import.meta.dirname, '..', '..', '_locales', 'en', 'messages.json');
useMessageCatalogue(JSON.parse(readFileSync(catalogueFile, 'utf8')) as MessageCatalogue, 'en-US');
