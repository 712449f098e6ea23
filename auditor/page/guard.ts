// Every wait on an audited page is bounded: a hostile page can busy-loop, crash its tab or never
// answer, and the audit must go on to the next page (issue 8).
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';

/** Why the audit of one page stopped before its checks were done. */
export class PageStopped extends Error {
  override name = 'PageStopped';
  constructor(readonly reason: 'timeout' | 'crash') {
    super(reason === 'crash' ? 'the tab crashed' : 'the page ran out of time');
  }
}

/** Races the page's work against its crash, its time budget (once started) and the audit's signal. */
export class PageGuard {
  private readonly stopped: Promise<never>;
  private stop!: (error: Error) => void;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Set once the page has crashed or run out of time. */
  reason: PageStopped | null = null;

  constructor(
    private readonly page: Page,
    private readonly signal?: AbortSignal,
  ) {
    this.stopped = new Promise<never>((_, reject) => (this.stop = reject));
    this.stopped.catch(() => undefined);
    // puppeteer reports a crashed renderer as the page's 'error' event; its pending calls never settle.
    page.once('error', this.onCrash);
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Starts the clock for the checks: after `ms`, every pending and later `within()` rejects. */
  startClock(ms: number): void {
    this.timer = setTimeout(() => this.fail(new PageStopped('timeout')), ms);
  }

  /** `work`, unless the page stops first; work left behind is ignored, not awaited. */
  within<T>(work: Promise<T>): Promise<T> {
    work.catch(() => undefined);
    if (this.reason) return Promise.reject(this.reason);
    return Promise.race([work, this.stopped]);
  }

  /** Stops listening: the tab may serve the next page, with a guard of its own. */
  dispose(): void {
    clearTimeout(this.timer);
    this.page.off('error', this.onCrash);
    this.signal?.removeEventListener('abort', this.onAbort);
  }

  private readonly onCrash = () => this.fail(new PageStopped('crash'));

  private readonly onAbort = () => this.stop(this.signal?.reason instanceof Error ? this.signal.reason : new Error('aborted'));

  private fail(reason: PageStopped): void {
    this.reason ??= reason;
    this.stop(this.reason);
  }
}

/** `work`, or the signal's reason as soon as it aborts: for steps that no page guards yet (opening a tab). */
export function unlessAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  work.catch(() => undefined);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the abort reason as given, as the platform's abortable APIs reject
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

/** `work`, or `undefined` after `ms`: for clean-up that must not hold the run up (closing a hung tab). */
export async function bounded<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  const cancel = new AbortController();
  try {
    return await Promise.race([work.catch(() => undefined), delay(ms, undefined, { signal: cancel.signal }).catch(() => undefined)]);
  } finally {
    cancel.abort();
  }
}
