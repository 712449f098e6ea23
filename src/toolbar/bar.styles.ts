import { css } from 'lit';

/** The look of the toolbar's bar and panels, beside the launcher's (`CONTROLS_CSS`). */
export const barStyles = css`
  button[aria-pressed='true'],
  button.on {
    background: var(--care-accent);
    border-color: var(--care-accent);
    color: var(--care-accent-fg);
  }
  .bar {
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
    padding: 6px 8px;
    background: var(--care-bg);
    border-bottom: 2px solid var(--care-accent);
    box-shadow: 0 2px 6px #00000040;
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
  :host([position='float']) .label {
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
    white-space: nowrap;
  }
  .label {
    padding: 0 6px;
  }
  /* In the top bar and a phone's sheet, icons stand above their labels, and a stepper's value beside its icon: one row across a desktop screen. */
  :host([position='top']) .bar > :is(button, a),
  :host([sheet]) .bar > :is(button, a) {
    flex-direction: column;
    justify-content: center;
    gap: 0;
    padding: 2px var(--side, 4px);
    line-height: 1.25;
    white-space: normal;
    text-align: center;
  }
  /* English labels are longer than Chinese ones: a word to a line rather than a second row (elder mode's short row has room). */
  :host([position='top']:not([sheet])) [lang='en'] .bar:not(.short) > :is(button, a) {
    width: min-content;
  }
  /* A stepper's icon and value above its name. */
  :host([position='top']) .label,
  :host([sheet]) .label {
    flex-direction: column;
    gap: 0;
    padding: 0 2px;
    line-height: 1.25;
  }
  :host([position='top']) .title,
  :host([sheet]) .title {
    display: none;
  }
  /* Narrower than 1366 px, as on a 1280 px screen less its scroll bar: tighter gaps and padding keep one row. */
  @media (width < 1366px) {
    :host([position='top']:not([sheet])) .bar {
      gap: 2px;
      --side: 2px;
    }
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
    box-shadow: 0 4px 16px #0000005a;
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

  .dock {
    --share: 0.4;
    display: contents;
  }
  /*
   * A phone's sheet: the screen's width, at the bottom of what the visitor sees, scrolling inside; at most
   * 40% of the screen's height, 50% with the larger buttons of elder mode. The launcher sets where the
   * visitor's view is (followView).
   */
  :host([open][sheet]) .dock {
    position: fixed;
    inset: 0 auto auto 0;
    display: flex;
    flex-direction: column-reverse;
    box-sizing: border-box;
    width: var(--care-view-width);
    max-height: calc(var(--share) * var(--care-view-height));
    overflow-y: auto;
    overscroll-behavior: contain;
    transform-origin: 0 0;
    transform: var(--care-view-bottom) translateY(-100%);
    background: var(--care-bg);
    border-top: 2px solid var(--care-accent);
    box-shadow: 0 -2px 8px #0000004d;
  }
  :host([large]) .dock {
    --share: 0.5;
  }
  /* A panel the visitor opened (a choice's values, help) shows whole above the bar, the sheet taller while it is open. */
  :host([open][sheet]) .dock:has(.panel) {
    max-height: calc(2 * var(--share) * var(--care-view-height));
  }
  :host([sheet]) .bar {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(5.5em, 1fr));
    grid-auto-flow: dense;
    width: auto;
    max-height: none;
    overflow: visible;
    border: 0;
    box-shadow: none;
  }
  :host([sheet]) .bar > :is(button, a) {
    max-width: none;
    margin: 0;
  }
  :host([sheet]) .group {
    grid-column: span 2;
    justify-content: space-between;
  }
  /* Closed with one tap, at the sheet's top. */
  :host([sheet]) .close {
    order: -1;
    grid-column: -2;
  }
  :host([sheet]) .panel {
    position: static;
    min-width: 0;
    max-width: none;
    max-height: none;
    border-width: 0 0 2px;
    border-radius: 0;
    box-shadow: none;
  }

  @media (forced-colors: active) {
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
  }
`;
