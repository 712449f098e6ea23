const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Characters that a page's markup may hold (CMS output often has U+0001, U+0008 or U+001B) but no
 * XML document may, even escaped: the C0 controls other than tab, newline and carriage return,
 * U+FFFE and U+FFFF, and halves of surrogate pairs. Spreadsheet programs choke on them too.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this matches, to write them out
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with each character that no document may hold written out as `\uXXXX`, so that nothing is lost from sight. */
export const visibleText = (text: string): string => text.replace(NOT_TEXT, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** Text safe inside HTML or XML content and attribute values, whatever the page held. */
export const escapeXml = (text: string): string => visibleText(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
