/**
 * Footnote's one logger. Development builds (`npm run build`) write to the console of the context
 * that logs; the store build defines `FOOTNOTE_LOGGING` as false, so esbuild drops every call and
 * a reader's console stays clean. Unbundled code (tests, tsx scripts) logs.
 */
declare const FOOTNOTE_LOGGING: boolean | undefined;

const enabled = typeof FOOTNOTE_LOGGING === 'boolean' ? FOOTNOTE_LOGGING : true;
const PREFIX = 'Footnote:';

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const log = {
  /** Something Footnote could not do; the reader sees less than they would have. */
  warn(message: string, error?: unknown): void {
    if (!enabled) return;
    if (error === undefined) console.warn(PREFIX, message);
    else console.warn(PREFIX, message, detail(error));
  },
  /** A caught error turned into a log line, for `.catch(log.failure('what was being done'))`. */
  failure(doing: string): (error: unknown) => void {
    return (error: unknown) => log.warn(`${doing} failed:`, error);
  },
};
