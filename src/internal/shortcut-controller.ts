import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Alt+Shift, written as people press it. */
export const SHORTCUT_PREFIX = 'Alt+Shift+';

/**
 * Global keyboard shortcuts: Alt+Shift plus a key, matched by `event.code` so that they work with
 * any keyboard layout and input method. Alt+Shift is clear of the browsers' own shortcuts and of
 * screen readers' (which use Insert, Caps Lock, or Control+Option). Tab is never taken.
 */
export class ShortcutController implements ReactiveController {
  private abort?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    /** Runs the shortcut for `code`, returning whether there was one. */
    private readonly run: (code: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.abort = new AbortController();
    addEventListener('keydown', this.onKeydown, { capture: true, signal: this.abort.signal });
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code === 'Tab') return;
    if (this.run(event.code)) event.preventDefault();
  };
}

/** How a key code reads in the help panel: `KeyT` → `T`, `Digit0` → `0`, `Slash` → `/`. */
export function keyName(code: string): string {
  const names: Record<string, string> = { Slash: '/', Minus: '-', Equal: '=' };
  return names[code] ?? code.replace(/^(Key|Digit)/, '');
}
