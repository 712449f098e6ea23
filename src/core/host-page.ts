/**
 * Everything carebar does to the host page goes through here, so that all of it can be undone:
 * one adopted stylesheet, `data-care-*` attributes and overlay nodes of our own. The host's own
 * attributes, text, ARIA and tabindex are never touched.
 */
export class HostPage {
  private readonly scopes = new Map<string, FeatureScope>();

  // Of the document's own window: a frame's document adopts only a stylesheet of its window.
  constructor(
    readonly doc: Document = document,
    private readonly sheet: CSSStyleSheet = new doc.defaultView!.CSSStyleSheet(),
  ) {}

  /** The scope of one owner (a feature id, or the toolbar itself). */
  scope(owner: string): FeatureScope {
    let scope = this.scopes.get(owner);
    if (!scope) {
      scope = new FeatureScope(this, owner);
      this.scopes.set(owner, scope);
    }
    return scope;
  }

  /**
   * Adds CSS to the one stylesheet as a block of its own (`@media all {…}`), after the blocks of
   * the scopes before `scope`, so that the cascade follows the scopes' order whatever the order
   * of the calls. Only the new CSS is parsed: a page's worth of `text` rules is not parsed again
   * each time another feature adds a rule. Returns the block, for `remove()`.
   */
  add(scope: FeatureScope, css: string): CSSRule | undefined {
    let index = 0;
    for (const each of this.scopes.values()) {
      index += each.blocks.length;
      if (each === scope) break;
    }
    try {
      this.sheet.insertRule(`@media all{${css}}`, index);
    } catch {
      return undefined; // CSS so broken that it does not even make a block, such as a site's `data-hide="a{"`
    }
    this.adopt();
    return this.sheet.cssRules[index];
  }

  /** Removes blocks that `add()` returned. */
  remove(blocks: readonly CSSRule[]): void {
    for (const block of blocks) this.sheet.deleteRule([...this.sheet.cssRules].indexOf(block));
    this.adopt();
  }

  /** Adopts the one stylesheet while it has any rule, and only then. */
  private adopt(): void {
    const hasRules = this.sheet.cssRules.length > 0;
    const adopted = this.doc.adoptedStyleSheets;
    const isAdopted = adopted.includes(this.sheet);
    if (hasRules && !isAdopted) this.doc.adoptedStyleSheets = [...adopted, this.sheet];
    else if (!hasRules && isAdopted) this.doc.adoptedStyleSheets = adopted.filter((sheet) => sheet !== this.sheet);
  }

  /**
   * Puts back what a host script may have dropped, e.g. a single-page app that rewrites
   * `<html>`'s attributes or `adoptedStyleSheets` when it changes route.
   */
  reassert(): void {
    for (const scope of this.scopes.values()) scope.reassert();
    this.adopt();
  }

  /** Removes every trace of every scope. */
  clear(): void {
    for (const scope of this.scopes.values()) scope.clear();
  }
}

/** What one owner did to the page, kept so that `clear()` undoes exactly that. */
export class FeatureScope {
  /** This scope's blocks of the one adopted stylesheet, in order. */
  readonly blocks: CSSRule[] = [];
  private readonly rootAttributes = new Map<string, string>();
  private readonly cleanups: Array<() => void> = [];
  private abort?: AbortController;

  constructor(
    private readonly page: HostPage,
    readonly owner: string,
  ) {}

  get doc(): Document {
    return this.page.doc;
  }

  /** Adds CSS rules to the page, after this scope's earlier ones. Returns their block, for `removeCss()`. */
  css(rules: string): CSSRule | undefined {
    const block = this.page.add(this, rules);
    if (block) this.blocks.push(block);
    return block;
  }

  /** Removes a block of rules that `css()` added. */
  removeCss(block: CSSRule | undefined): void {
    const index = block ? this.blocks.indexOf(block) : -1;
    if (index >= 0) this.page.remove(this.blocks.splice(index, 1));
  }

  /** Sets `data-care-<name>` on `<html>`, for CSS and for tools that detect carebar. */
  attr(name: string, value: string): void {
    this.rootAttributes.set(`data-care-${name}`, value);
    this.doc.documentElement.setAttribute(`data-care-${name}`, value);
  }

  /** Sets `data-care-<name>` on one element of the page, e.g. a floating ad that elder mode hides. */
  mark(element: Element, name: string, value = ''): void {
    const attribute = `data-care-${name}`;
    if (element.hasAttribute(attribute)) return; // the site's own marker, or ours already
    element.setAttribute(attribute, value);
    this.onClear(() => element.removeAttribute(attribute));
  }

  /** Adds an event listener that `clear()` removes. */
  listen<K extends keyof DocumentEventMap>(
    target: Document | Window | Element,
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    const controller = new AbortController();
    target.addEventListener(type, listener as EventListener, { ...options, signal: controller.signal });
    this.onClear(() => controller.abort());
  }

  /** Shows a node of our own (a caption bar, a crosshair) outside `<body>`, out of reach of the page's zoom. */
  overlay<T extends Element>(node: T): T {
    this.doc.documentElement.append(node);
    this.onClear(() => node.remove());
    return node;
  }

  /**
   * Paints ranges of the page through `::highlight(<name>)` (the CSS Custom Highlight API), e.g.
   * the block being read aloud, without touching the page's DOM. A later call replaces the ranges.
   */
  highlight(name: string, ranges: readonly Range[]): void {
    if (!('highlights' in CSS)) return; // older browsers read without the highlight
    if (!CSS.highlights.has(name)) this.onClear(() => CSS.highlights.delete(name));
    CSS.highlights.set(name, new Highlight(...ranges));
  }

  /** Aborted when this scope is cleared: for work that finishes later, such as a lazy import. */
  get signal(): AbortSignal {
    if (!this.abort) {
      const abort = (this.abort = new AbortController());
      this.onClear(() => {
        abort.abort();
        this.abort = undefined;
      });
    }
    return this.abort.signal;
  }

  /** Runs `cleanup` when this scope is cleared. */
  onClear(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  reassert(): void {
    for (const [name, value] of this.rootAttributes) {
      if (this.doc.documentElement.getAttribute(name) !== value) this.doc.documentElement.setAttribute(name, value);
    }
  }

  /** Undoes everything this scope did, newest first. */
  clear(): void {
    for (const name of this.rootAttributes.keys()) this.doc.documentElement.removeAttribute(name);
    this.rootAttributes.clear();
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.page.remove(this.blocks.splice(0));
  }
}
