/**
 * Long page work (walking a whole document) is written once, as a generator that yields at points
 * where stopping is safe. `runAtOnce` drains it in one go, for Node (the CLI, the tests, the
 * benchmarks) where nobody waits on the thread; `runInSlices` gives a tab's main thread back
 * whenever a slice has run its time, so a very long page never freezes the page it is read on.
 */

/** A job that yields between pieces of work and returns `T`. */
export type Steps<T> = Generator<void, T, void>;

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

export interface SlicedRun<T> {
  readonly value: T;
  /** Main-thread time the job took, its slices summed. */
  readonly busyMs: number;
  /** The longest time the job held the main thread without yielding. */
  readonly longestSliceMs: number;
}

interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Lets the browser run input, rendering and the page's own tasks, then continues: with
 * `scheduler.yield()` where there is one (it resumes ahead of other queued tasks), else through a
 * message to ourselves, which unlike `setTimeout(0)` is not clamped to 4 ms when repeated.
 */
export function yieldToMainThread(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `steps` in slices of about `sliceMs` each, yielding to the main thread between them.
 * Resolves with null, without finishing, when `cancelled()` turns true between two slices.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs: number, cancelled: () => boolean = () => false): Promise<SlicedRun<T> | null> {
  let busyMs = 0;
  let longestSliceMs = 0;
  for (;;) {
    const sliceStarted = performance.now();
    let next = steps.next();
    while (next.done !== true && performance.now() - sliceStarted < sliceMs) next = steps.next();
    const sliceMsTaken = performance.now() - sliceStarted;
    busyMs += sliceMsTaken;
    longestSliceMs = Math.max(longestSliceMs, sliceMsTaken);
    if (next.done === true) return { value: next.value, busyMs, longestSliceMs };
    await yieldToMainThread();
    if (cancelled()) return null;
  }
}
