/**
 * The look that carebar's floating controls share (the toolbar with its launcher, the reading
 * controls), as plain CSS: the launcher is in the drop-in's eager part, which has no Lit.
 */

/** Plain CSS text: tagged so that the build minifies it as it does Lit's `css`. */
export const css = String.raw;

/** Defaults of the `--care-*` custom properties that a site themes every carebar component with. */
export const THEME_CSS = css`
  :host {
    --care-bg: #ffffff;
    --care-fg: #1a1a1a;
    --care-accent: #0a4fbf;
    --care-accent-fg: #ffffff;
    --care-border: #5c5c5c;
    --care-focus: #c2410c;
    --care-font: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  }
`;

/**
 * The controls' host and buttons. Everything is sized in px so that the host's root font size and
 * the page zoom never reach them; the host's inherited font, colour, spacing and cursor are reset.
 */
export const CONTROLS_CSS = css`
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
    box-shadow: 0 2px 8px #0006;
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
    a {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
