/**
 * Progress for a log that is not a terminal, such as a CI job's: a line every `every` pages, and
 * one at least every `interval` ms while pages are still to go, so that a CI system that stops a
 * job after minutes without output never takes a long audit for a hung one.
 */
export class ProgressLog {
  private done = 0;
  private total = 0;
  private lastLine: number;
  private readonly started: number;

  constructor(
    private readonly write: (line: string) => void,
    private readonly now: () => number = Date.now,
    private readonly every = 10,
    private readonly interval = 30_000,
  ) {
    this.started = this.lastLine = now();
  }

  /** A page finished: `done` of the `total` known so far. */
  update(done: number, total: number): void {
    this.done = done;
    this.total = total;
    if (done % this.every === 0 || done === total) this.print();
  }

  /** Says where the run is if no line has been written for `interval` ms; call it on a timer. */
  tick(): void {
    if (this.done < this.total && this.now() - this.lastLine >= this.interval) this.print();
  }

  /** Calls `tick()` every `interval` ms until the returned function is called. */
  start(): () => void {
    const timer = setInterval(() => this.tick(), this.interval);
    timer.unref();
    return () => clearInterval(timer);
  }

  private print(): void {
    const now = this.now();
    this.lastLine = now;
    const left = this.total - this.done;
    const eta = this.done && left ? `, about ${duration(((now - this.started) / this.done) * left)} left` : '';
    this.write(`carebar-audit: ${this.done}/${this.total} pages done, ${left} to go${eta}\n`);
  }
}

/** `42 s`, `3 min`, `1 h 5 min`. */
function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
