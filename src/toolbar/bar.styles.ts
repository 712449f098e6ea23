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
