import { css, unsafeCSS } from 'lit';
import { THEME_CSS } from '../internal/theme.js';

/**
 * The zone's look: text of 24 px and more (titles 30 px, the "plus" of ELDER-TEXT) and targets of
 * 60 px and more (ELDER-TARGET), in px so that the page's root font size cannot shrink them.
 */
export const elderZoneStyles = css`
  ${unsafeCSS(THEME_CSS)}
  :host {
    --care-font-size: 24px;
    --care-target: 60px;
    display: block;
    color: var(--care-fg);
    font: 400 var(--care-font-size) / 1.5 var(--care-font);
  }
  h2 {
    margin: 0 0 16px;
    padding-bottom: 8px;
    border-bottom: 4px solid var(--care-accent);
    font-size: 1.5em;
    line-height: 1.3;
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 240px), 1fr));
    gap: 16px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a,
  button {
    box-sizing: border-box;
    min-width: var(--care-target);
    min-height: var(--care-target);
    border-radius: 8px;
    /* Its own pair with --care-bg: a colour scheme's !important colour on the page reaches the host. */
    color: var(--care-fg);
    font: inherit;
    cursor: var(--care-cursor-hand, pointer);
  }
  [part='tile'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 4px;
    height: 100%;
    padding: 16px 20px;
    border: 2px solid var(--care-accent);
    background: var(--care-bg);
    text-decoration: none;
  }
  [part='tile']:hover {
    box-shadow: inset 0 0 0 2px var(--care-accent);
  }
  [part='tile']:hover .title {
    text-decoration: underline;
  }
  img {
    width: 64px;
    height: 64px;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 16px;
    margin-top: 16px;
  }
  .hotline,
  .elder {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    padding: 8px 20px;
    border: 2px solid var(--care-accent);
    background: var(--care-bg);
    text-decoration: none;
  }
  .elder {
    background: var(--care-accent);
    color: var(--care-accent-fg);
    font-weight: 700;
  }
  :focus-visible {
    outline: 4px solid var(--care-focus);
    outline-offset: 3px;
  }
  @media (forced-colors: active) {
    [part='tile'],
    .hotline {
      border-color: LinkText;
    }
    .elder {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
