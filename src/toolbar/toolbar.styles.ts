import { css } from 'lit';
import { careTheme } from '../internal/theme.js';

/**
 * The toolbar's own look. Everything is sized in px so that the host's root font size and the
 * page zoom never reach it; the host's inherited font, colour, spacing and cursor are reset.
 */
export const toolbarStyles = css`
  ${careTheme}
  :host {
    --care-font-size: 16px;
    --care-target: 44px;
  }
  /*
   * !important inside a shadow root beats the page's own !important: hostile resets stay out.
   * all: initial already gives no margin, padding, border or background, and visible overflow.
   */
  :host {
    all: initial !important;
    display: block !important;
    position: fixed !important;
    /* Above the caption bar (大字幕) when it is on: it sets --care-caption-reserve on <html>. */
    inset: auto 16px calc(var(--care-caption-reserve, 0px) + 16px) auto !important;
    z-index: 2147483647 !important;
    font: normal 400 var(--care-font-size) / 1.4 var(--care-font) !important;
    color: var(--care-fg) !important;
    cursor: var(--care-cursor-arrow, auto) !important;
  }
  :host([open][position='top']) {
    inset: 0 0 auto 0 !important;
  }
  :host([large]) {
    --care-font-size: 20px;
    --care-target: 60px;
  }
  [hidden] {
    display: none !important;
  }

  button,
  a {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-width: var(--care-target);
    min-height: var(--care-target);
    margin: 0;
    padding: 4px 10px;
    border: 1px solid var(--care-border);
    border-radius: 6px;
    background: var(--care-bg);
    color: var(--care-fg);
    font: inherit;
    text-decoration: none;
    white-space: nowrap;
    cursor: var(--care-cursor-hand, pointer);
  }
  button:hover,
  a:hover {
    border-color: var(--care-accent);
    box-shadow: inset 0 0 0 1px var(--care-accent);
  }
  button[aria-pressed='true'],
  button.on {
    background: var(--care-accent);
    border-color: var(--care-accent);
    color: var(--care-accent-fg);
  }
  :focus-visible {
    outline: 3px solid var(--care-focus);
    outline-offset: 2px;
  }
  svg {
    width: 24px;
    height: 24px;
    flex: none;
    fill: currentColor;
  }

  .launcher {
    border: 2px solid var(--care-bg);
    background: var(--care-accent);
    color: var(--care-accent-fg);
    border-radius: 999px;
    padding: 6px 16px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 40%);
  }

  .bar {
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 6px 12px;
    background: var(--care-bg);
    border-bottom: 2px solid var(--care-accent);
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
  }
  /* The floating panel: two columns of buttons, steppers across both. */
  :host([position='float']) .bar {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    width: min(460px, calc(100vw - 32px));
    max-height: calc(100vh - 32px - var(--care-caption-reserve, 0px));
    overflow-y: auto;
    border: 2px solid var(--care-accent);
    border-radius: 8px;
  }
  :host([position='float']) :is(.title, .group) {
    grid-column: span 2;
  }
  :host([position='float']) .group span {
    flex: 1;
    justify-content: center;
  }
  :host([position='float']) .bar > :is(button, a) {
    justify-content: flex-start;
    margin: 0;
  }
  .title {
    font-weight: 700;
    margin-inline-end: 6px;
  }
  .group {
    display: inline-flex;
    align-items: center;
    gap: 2px;
  }
  .group span {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 0 6px;
    white-space: nowrap;
  }
  /* In the top bar, icons stand above their labels: a dozen features fit across one screen. */
  :host([position='top']) .bar > button,
  :host([position='top']) .group span {
    flex-direction: column;
    gap: 0;
    padding-block: 2px;
    line-height: 1.25;
  }
  .end {
    margin-inline-start: auto;
  }

  .panel {
    position: absolute;
    box-sizing: border-box;
    inset-inline-end: 12px;
    min-width: 280px;
    max-width: min(480px, calc(100vw - 24px));
    max-height: 70vh;
    overflow-y: auto;
    padding: 12px 16px;
    background: var(--care-bg);
    border: 2px solid var(--care-accent);
    border-radius: 8px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 35%);
  }
  :host([position='top']) .panel {
    top: calc(100% + 4px);
  }
  :host([position='float']) .panel {
    bottom: 0;
    inset-inline-end: calc(100% + 8px);
  }
  .panel h2 {
    margin: 0 0 8px;
    font-size: 1.25em;
  }
  .panel ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 6px;
  }
  kbd {
    font: inherit;
    font-family: ui-monospace, monospace;
    white-space: nowrap;
  }
  .keys li {
    display: flex;
    justify-content: space-between;
    gap: 16px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: no-preference) {
    button,
    a {
      transition: background-color 0.15s, box-shadow 0.15s;
    }
  }
  @media (forced-colors: active) {
    button,
    a,
    .bar,
    .panel {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    button[aria-pressed='true'],
    button.on {
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
