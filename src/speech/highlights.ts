/**
 * How 连读 marks what it reads, through the CSS Custom Highlight API (no change to the page's DOM):
 * the block in pale yellow, the sentence being spoken in deep yellow and underlined. Dark text on
 * both, whatever the colour scheme. The page view repeats these in its shadow root, which the
 * page's stylesheet does not reach.
 */
export const HIGHLIGHT_STYLES =
  '::highlight(care-reading){background-color:#fff3a6;color:#000}' +
  '::highlight(care-sentence){background-color:#ffd21f;color:#000;text-decoration:underline 3px #000}';
