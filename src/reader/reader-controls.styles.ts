import { css } from 'lit';

/** On top of the toolbar's look: a small panel at the bottom left, above the caption bar when it is on. */
export const readerControlsStyles = css`
  :host {
    inset: auto auto calc(var(--care-caption-reserve, 0px) + 16px) 16px !important;
    max-width: calc(100vw - 32px) !important;
  }
  .controls {
    display: grid;
    gap: 6px;
    padding: 8px 12px;
    background: var(--care-bg);
    border: 2px solid var(--care-accent);
    border-radius: 8px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 30%);
  }
  /* Its own row, so that the panel is as wide as its controls, clear of the toolbar's launcher. */
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .status {
    margin: 0;
    font-weight: 700;
  }
  .status:empty {
    display: none;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  select {
    min-height: var(--care-target);
    max-width: 14em;
    font: inherit;
    border-radius: 6px;
  }
  .hint {
    margin: 0;
  }
  @media (forced-colors: active) {
    .controls,
    select {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
