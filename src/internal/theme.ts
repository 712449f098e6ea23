import { css } from 'lit';

/** Defaults of the `--care-*` custom properties that a site themes every carebar component with. */
export const careTheme = css`
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
