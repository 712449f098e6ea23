import type { FeatureScope } from '../core/host-page.js';
import { eachAdded, matching, OUTRANK, whenParsed } from '../core/dom.js';
import { forgetTwins, pageKey, savedTwins, saveTwins, type Twins } from '../text-cache/text-cache.js';
import type { StepperFeature } from './types.js';

/** Text this large or larger (headings, mostly) grows no further, so that it stays in its box. */
const CAP_PX = 40;
const CAP = `${CAP_PX}px`;
const FLOOR = 'var(--care-text-min,0px)';
/** Sizes relative to the parent's, which is enlarged already. */
const RELATIVE = /\d(e[mx]|ch|%)/;
/** None, keywords (`inherit`, `normal`, `smaller`) and unitless line heights: the text as it is already. */
const KEPT = /^([a-z-]*|[\d.]+)$/;
/** Elements whose size or line height an inline style may set. */
const INLINE = '[style*=font i],[style*=line-height i]';

/**
 * 文字大小: enlarges text only, leaving the layout's other sizes alone. Sites sized in px ignore
 * the root font size, so each of the site's rules that sets a font size or a line height gets a
 * twin, with the same selector and importance and later in the cascade, that sets them enlarged.
 * The browser matches the twins as it matches the site's own rules: on content added later and in
 * every state (`:hover`, a class that a script sets) alike, without reading or marking elements.
 * Inline styles are marked with their values (`data-care-font="14px"`). A returning visitor's
 * twins come from the last visit (text-cache.ts), so that no rule is read before the first paint.
 *
 * `--care-text-min` on `<html>` sets a floor (elder mode's 18px); `--care-line`, a line height
 * that wins over the enlarged one (the `spacing` feature's).
 */
export const text: StepperFeature = {
  id: 'text',
  elderBar: true,
  kind: 'stepper',
  icon: 'M3 5h11v3H10v11H7V8H3zm11 6h8v2.5h-2.7V19h-2.6v-5.5H14z',
  shortcut: 'KeyT',
  default: 1,
  min: 1,
  max: 2,
  step: 0.25,
  apply(factor, scope, carebar) {
    const { doc } = scope;
    const sizes = enlarging(factor);
    scope.css(browserSizes(sizes, doc.compatMode === 'BackCompat'));
    // A returning visitor's twins at once (from <head>, before the page is parsed): the newest saved, most often those of
    // a page with the same stylesheets. The page's own are looked up once it is parsed; added only then, they had the
    // browser style and lay out again all it had laid out while parsing (~200 ms on the bench page), and text jumped.
    const twinsOf = savedTwins();
    const guess = twinsOf();
    const guessBlock = guess && scope.css(guess.css);
    const start = () => {
      // A stylesheet that cannot be read cannot be twinned: then each element's size is read instead.
      if (![...doc.styleSheets].every(readable)) {
        scope.clear(); // the browser's sizes and twins added so far
        return carebar.parts.use(scope, 'textByElement', (part) => part.enlargeEachElement(sizes, scope));
      }
      const key = pageKey(doc, factor);
      const saved = twinsOf(key);
      const page = new PageTwins(scope, sizes, saved);
      // A returning visitor's page is enlarged without reading a rule. The guess stays where the page's twins are the
      // same: on most pages of a site, whose `<body>` classes alone differ.
      const css = saved ? saved.css : page.twinNewRules();
      const twinsBlock = css === guess?.css ? guessBlock : replaceCss(scope, guessBlock, css);
      // One stylesheet update for what the whole page needs now, and one for each later change that needs any.
      const update = (root?: Element | Text) => {
        const css = page.twinNewRules() + (root ? page.markInline(root) : '');
        if (css) scope.css(css);
      };
      eachAdded(scope, update);
      // A stylesheet that loads later: one still on its way now, or one that a single-page app adds.
      scope.listen(doc, 'load', () => update(), { capture: true });
      if (!saved?.checked) {
        whenIdle(scope, () => {
          if (saved) {
            // A site may have changed a size in place: the saved twins give way to the rules' own.
            const fresh = page.twinAllRules();
            if (fresh !== saved.css) replaceCss(scope, twinsBlock, fresh);
          }
          saveTwins(key, page.forNextVisit());
        });
      }
      scope.onClear(forgetTwins);
    };
    whenParsed(scope, start);
  },
};

/**
 * The twins that `text` adds to one page: those of its stylesheets' rules, twinned again only when
 * their number changes, and rules for the sizes of its style attributes, one for each value.
 */
class PageTwins {
  private rules: SizeTwins;
  private ruleCount = 0;
  /** Every twin of a rule added, for the next visit. */
  private added = '';
  private readonly inlineRuled = new Set<string>();

  /** From `saved` twins, the page's rules count as twinned already. */
  constructor(
    private readonly scope: FeatureScope,
    private readonly sizes: Enlarging,
    saved?: Twins,
  ) {
    this.rules = sizeTwins(scope.doc, sizes, saved?.forced);
    if (saved) this.ruleCount = countRules(readableSheets(scope.doc));
  }

  /** Twins of the rules that the page's stylesheets have gained since the last call. */
  twinNewRules(): string {
    const sheets = readableSheets(this.scope.doc);
    const count = countRules(sheets);
    if (count === this.ruleCount) return '';
    this.ruleCount = count;
    const css = sheets.map((sheet) => this.rules.of(sheet.cssRules)).join('');
    this.added += css;
    return css;
  }

  /** Marks the sizes of style attributes with their values, where no `!important` rule of the site outranks them, and returns the rules for new values. */
  markInline(root: Element | Text): string {
    let rules = '';
    const forced = [...this.rules.forced].join();
    for (const el of matching(root, INLINE)) {
      if (matches(el, forced)) continue;
      for (const [name, property, enlarge] of [['font', 'font-size', this.sizes.font], ['line', 'line-height', this.sizes.line]] as const) {
        const value = el.style.getPropertyValue(property);
        const enlarged = value && !el.style.getPropertyPriority(property) && enlarge(value);
        if (!enlarged) continue;
        this.scope.mark(el, name, value);
        const selector = `[data-care-${name}="${value}"]`;
        if (!this.inlineRuled.has(selector)) rules += `${selector}${OUTRANK}{${property}:${enlarged}!important}`;
        this.inlineRuled.add(selector);
      }
    }
    return rules;
  }

  /** Twins every rule again, from none: what a first visit would add, to check saved twins against. */
  twinAllRules(): string {
    this.rules = sizeTwins(this.scope.doc, this.sizes);
    this.ruleCount = 0;
    this.added = '';
    return this.twinNewRules();
  }

  forNextVisit(): Twins {
    return { css: this.added, forced: [...this.rules.forced] };
  }
}

/** CSS values of enlarged sizes, or `undefined` for sizes that follow the enlarged text by themselves. */
export interface Enlarging {
  /** `fromRoot`: `<body>`'s size, whose parent (the root) is not enlarged, even where relative. */
  font: (value: string, fromRoot?: boolean) => string | undefined;
  line: (value: string) => string | undefined;
}

/** Sizes enlarged `factor` times, within the cap and above the floor. */
export function enlarging(factor: number): Enlarging {
  const isPx = (value: string) => /^[\d.]+px$/.test(value);
  /** `value` times `by`: worked out here for px, which most sites use, so that the browser has less to parse and compute. */
  const times = (value: string, by: number) => (isPx(value) ? `${Math.round(parseFloat(value) * by * 100) / 100}px` : `calc(${value}*${by})`);
  return {
    font: (value, fromRoot) =>
      KEPT.test(value)
        ? undefined
        : RELATIVE.test(value) && !fromRoot
          ? // From its enlarged parent: `value / factor` is what it was, `value` what it becomes.
            `max(${times(value, 1 / factor)},min(${value},${CAP}),${FLOOR})`
          : isPx(value)
            ? // `max(value, min(value × factor, CAP))`, worked out.
              `max(${times(value, Math.max(1, Math.min(factor, CAP_PX / parseFloat(value))))},${FLOOR})`
            : `max(${value},min(${times(value, factor)},${CAP}),${FLOOR})`,
    // At least 1.2 times the text, which the floor may have enlarged more than `factor` times.
    line: (value) => (KEPT.test(value) || RELATIVE.test(value) ? undefined : `var(--care-line,max(${times(value, factor)},1.2em))`),
  };
}

/**
 * The browser's own sizes: `<body>`'s (its root's, which stays as it is), headings, small print and
 * form fields; tables and `<font size>` of old pages. Any rule of the site for them outranks these.
 */
function browserSizes(sizes: Enlarging, quirks: boolean): string {
  const ruled = (selector: string, size: string) => `:where(${selector}){font-size:${sizes.font(size, selector === 'body')}}`;
  return (
    ruled('body', '1em') +
    [2, 1.5, 1.17, 1, 0.83, 0.67].map((em, i) => ruled(`h${i + 1}`, `${em}em`)).join('') +
    ruled('small,sub,sup', '.83em') +
    ruled('input,button,select,textarea', '13.333px') +
    [10, 13, 16, 18, 24, 32, 48].map((px, i) => ruled(`font[size="${i + 1}"]`, `${px}px`)).join('') +
    (quirks ? ruled('table', '16px') : '')
  );
}

interface SizeTwins {
  of(rules: CSSRuleList): string;
  forced: Set<string>;
}

/**
 * Twins of a page's rules that set a size, each rule twinned once, inside the same `@media`,
 * `@supports` or `@layer`. The root keeps its size, and with it every box sized in rem: where a
 * rule also matches the root, its font size is twinned for `<body>` and its content only.
 */
function sizeTwins(doc: Document, sizes: Enlarging, forcedBefore: string[] = []): SizeTwins {
  const twinned = new Set<CSSRule>();
  /** Selectors of the rules that set a size with `!important`: they outrank style attributes. */
  const forced = new Set(forcedBefore);
  const styleRule = (rule: CSSStyleRule): string => {
    const { style } = rule;
    const size = style.fontSize;
    const font = sizes.font(size);
    const line = sizes.line(style.lineHeight);
    // On `<body>`, an inherited size is the root's, which is not enlarged: it is enlarged there.
    const inherited = /^(inherit|unset)$/.test(size);
    if (!font && !line && !inherited) return ''; // most rules: read no further
    const { selectorText } = rule;
    const declare = (property: string, value: string | undefined) => {
      if (!value) return '';
      // `all: unset !important` makes every longhand important, though it reports none.
      const priority = style.getPropertyPriority(property) || style.getPropertyPriority('all');
      if (priority) forced.add(selectorText);
      return `${property}:${value}${priority && '!important'};`;
    };
    const lineDeclared = declare('line-height', line);
    // The root has no parent and no siblings: only a selector without combinators (which the browser writes with spaces) can match it.
    const rootToo = font && selectorText.split(',').some((part) => !/\S\s/.test(part.trim())) && matches(doc.documentElement, selectorText);
    // A relative or inherited size on `<body>` is the root's, which is not enlarged.
    const bodyToo = (inherited || (font && RELATIVE.test(size))) && matches(doc.body, selectorText);
    const fontDeclared = declare('font-size', font);
    const twin = (selector: string, declarations: string) => declarations && `${selector}{${declarations}}`;
    if (!rootToo && !bodyToo) return twin(selectorText, fontDeclared + lineDeclared);
    return (
      twin(`:is(${selectorText}):where(${bodyToo ? 'body *' : 'body,body *'})`, fontDeclared) +
      (bodyToo ? twin(`:is(${selectorText}):where(body)`, declare('font-size', sizes.font(inherited ? '1em' : size, true))) : '') +
      twin(selectorText, lineDeclared)
    );
  };
  const of = (rules: CSSRuleList): string => {
    let css = '';
    for (const rule of rules) {
      if (twinned.has(rule)) continue;
      twinned.add(rule);
      // Style rules nested in style rules (CSS nesting) are not twinned.
      // By type: a frame's rules are of its own window's classes.
      if (rule.type == 1) css += styleRule(rule as CSSStyleRule);
      else if ('styleSheet' in rule) css += rule.styleSheet ? wrap(`@media ${(rule as CSSImportRule).media.mediaText || 'all'}`, of((rule as CSSImportRule).styleSheet!.cssRules)) : '';
      else if ('cssRules' in rule) css += wrap(rule.cssText.slice(0, rule.cssText.indexOf('{')), of(rule.cssRules as CSSRuleList));
    }
    return css;
  };
  return { of, forced };
}

/** Replaces a block of rules that `scope.css()` added; returns the new block. */
function replaceCss(scope: FeatureScope, block: CSSRule | undefined, css: string): CSSRule | undefined {
  scope.removeCss(block);
  return scope.css(css);
}

/** Runs `work` once the page has loaded and the browser is idle, unless the scope is cleared before. */
function whenIdle(scope: FeatureScope, work: () => void): void {
  const { signal } = scope;
  const idle = () => (window.requestIdleCallback ?? setTimeout)(() => signal.aborted || work());
  if (scope.doc.readyState === 'complete') idle();
  else scope.listen(window, 'load', idle, { once: true });
}

function wrap(prelude: string, css: string): string {
  return css && `${prelude}{${css}}`;
}

/** Whether `el` matches `selector`; false for a selector that only stylesheets take, such as `:host`. */
function matches(el: Element, selector: string): boolean {
  try {
    return !!selector && el.matches(selector);
  } catch {
    return false;
  }
}

function readableSheets(doc: Document): CSSStyleSheet[] {
  return [...doc.styleSheets].filter(readable);
}

function countRules(sheets: CSSStyleSheet[]): number {
  return sheets.reduce((sum, sheet) => sum + sheet.cssRules.length, 0);
}

/** Whether a stylesheet's rules can be read: not those of another origin, served without CORS. */
function readable(sheet: CSSStyleSheet): boolean {
  try {
    return !!sheet.cssRules;
  } catch {
    return false;
  }
}
