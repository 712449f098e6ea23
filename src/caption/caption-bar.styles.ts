import { css } from 'lit';

/** The caption bar: very large light text on black across the bottom of the viewport, out of the page's reach. */
export const captionBarStyles = css`
  :host {
    --care-caption-bg: #000000;
    --care-caption-fg: #ffffff;
    --care-caption-accent: #ffd400;
    --care-font: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  }
  /* !important inside a shadow root beats the page's own !important, and the popover's defaults. */
  :host {
    all: initial !important;
    display: block !important;
    position: fixed !important;
    inset: auto 0 0 0 !important;
    z-index: 2147483646 !important;
    box-sizing: border-box !important;
    width: 100% !important;
    height: var(--care-caption-height) !important;
    margin: 0 !important;
    padding: 12px 24px !important;
    border: 0 !important;
    border-top: 4px solid var(--care-caption-accent) !important;
    background: var(--care-caption-bg) !important;
    color: var(--care-caption-fg) !important;
    font: normal 700 var(--care-caption-size) / var(--care-caption-line) var(--care-font) !important;
    overflow: hidden !important;
    pointer-events: none !important; /* it only repeats the page: never in the way of a click */
  }
  p {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    text-align: center;
  }
  rt {
    font-size: 0.45em;
    font-weight: 400;
    color: var(--care-caption-accent);
  }
  @media (forced-colors: active) {
    :host {
      background: Canvas !important;
      color: CanvasText !important;
      border-top-color: CanvasText !important;
    }
    rt {
      color: CanvasText;
    }
  }
`;
