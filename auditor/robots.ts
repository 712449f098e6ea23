import robotsModule from 'robots-parser';

// A CommonJS module whose types say `export default`: in Node's ES modules its default import is the function itself.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;
type Robots = ReturnType<typeof robotsParser>;

/** The token carebar-audit looks for in robots.txt: `User-agent: carebar-audit`, or `*`. */
export const ROBOTS_AGENT = 'carebar-audit';

/** How long a site's robots.txt may take; one that does not come in time allows everything. */
const ROBOTS_TIMEOUT_MS = 10_000;

/**
 * Each site's robots.txt, fetched once, and whether it lets carebar-audit open a page it found
 * (RFC 9309). A robots.txt that is missing or cannot be read allows everything.
 */
export class RobotsRules {
  private readonly sites = new Map<string, Promise<Robots | null>>();

  constructor(
    private readonly headers: Record<string, string> = {},
    private readonly signal?: AbortSignal,
  ) {}

  async allows(url: string): Promise<boolean> {
    const { origin, protocol } = new URL(url);
    if (!/^https?:$/.test(protocol)) return true;
    let rules = this.sites.get(origin);
    if (!rules) this.sites.set(origin, (rules = this.fetch(`${origin}/robots.txt`)));
    return (await rules)?.isAllowed(url, ROBOTS_AGENT) ?? true;
  }

  private async fetch(address: string): Promise<Robots | null> {
    const timeout = AbortSignal.timeout(ROBOTS_TIMEOUT_MS);
    try {
      const response = await fetch(address, { headers: this.headers, signal: this.signal ? AbortSignal.any([this.signal, timeout]) : timeout });
      return response.ok ? robotsParser(address, await response.text()) : null;
    } catch {
      this.signal?.throwIfAborted();
      return null;
    }
  }
}
