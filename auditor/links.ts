import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { documentOf } from './targets.js';

/** Whether a link opens: its HTTP status, or why it could not be fetched. */
export interface LinkStatus {
  ok: boolean;
  status?: number;
  error?: string;
}

/** Links checked at once across the whole audit, so that a page of links does not flood a server. */
const LINK_CONCURRENCY = 8;
const LINK_TIMEOUT_MS = 10_000;

/**
 * Checks links once per audit (a footer's links appear on every page), with bounded concurrency.
 * HEAD first; GET when a server refuses HEAD.
 */
export class LinkChecker {
  private readonly cache = new Map<string, Promise<LinkStatus>>();
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly headers: Record<string, string> = {},
    private readonly signal?: AbortSignal,
  ) {}

  check(url: string): Promise<LinkStatus> {
    const key = documentOf(url);
    let status = this.cache.get(key);
    if (!status) {
      status = this.limited(() => (key.startsWith('file:') ? checkFile(key) : this.fetchStatus(key)));
      this.cache.set(key, status);
    }
    return status;
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= LINK_CONCURRENCY) await new Promise<void>((resume) => this.waiting.push(resume));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private async fetchStatus(url: string): Promise<LinkStatus> {
    const timeout = AbortSignal.timeout(LINK_TIMEOUT_MS);
    const signal = this.signal ? AbortSignal.any([this.signal, timeout]) : timeout;
    try {
      let response = await fetch(url, { method: 'HEAD', headers: this.headers, signal, redirect: 'follow' });
      if (response.status === 405 || response.status === 501) {
        response = await fetch(url, { headers: this.headers, signal, redirect: 'follow' });
        await response.body?.cancel();
      }
      return { ok: response.ok, status: response.status };
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      return { ok: false, error: timeout.aborted ? `timeout after ${LINK_TIMEOUT_MS / 1000} s` : cause };
    }
  }
}

async function checkFile(url: string): Promise<LinkStatus> {
  try {
    await access(fileURLToPath(url));
    return { ok: true };
  } catch {
    return { ok: false, error: 'file not found' };
  }
}
