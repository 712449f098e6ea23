/**
 * Everything carebar does to the host page goes through here, so that all of it can be undone:
 * one adopted stylesheet, `data-care-*` attributes and overlay nodes of our own. The host's own
 * attributes, text, ARIA and tabindex are never touched.
 */
export class HostPage {
  private readonly sheet = new CSSStyleSheet();
  private readonly scopes = new Map<string, FeatureScope>();

  constructor(readonly doc: Document = document) {}

  /** The scope of one owner (a feature id, or the toolbar itself). */
  scope(owner: string): FeatureScope {
    let scope = this.scopes.get(owner);
    if (!scope) {
      scope = new FeatureScope(this, owner);
      this.scopes.set(owner, scope);
    }
    return scope;
  }

  /** Rewrites the one stylesheet from every scope's rules, adopting it only while it has any. */
  refresh(): void {
    const css = [...this.scopes.values()].map((scope) => scope.rules).join('');
    this.sheet.replaceSync(css);
    const adopted = this.doc.adoptedStyleSheets;
    const isAdopted = adopted.includes(this.sheet);
    if (css && !isAdopted) this.doc.adoptedStyleSheets = [...adopted, this.sheet];
    else if (!css && isAdopted) this.doc.adoptedStyleSheets = adopted.filter((sheet) => sheet !== this.sheet);
  }

  /**
   * Puts back what a host script may have dropped, e.g. a single-page app that rewrites
   * `<html>`'s attributes or `adoptedStyleSheets` when it changes route.
   */
  reassert(): void {
    for (const scope of this.scopes.values()) scope.reassert();
    this.refresh();
  }

  /** Removes every trace of every scope. */
  clear(): void {
    for (const scope of this.scopes.values()) scope.clear();
  }
}

/** What one owner did to the page, kept so that `clear()` undoes exactly that. */
export class FeatureScope {
  /** This scope's CSS, part of the one adopted stylesheet. */
  rules = '';
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

  /** Adds CSS rules to the page. */
  css(rules: string): void {
    this.rules += rules;
    this.page.refresh();
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
    if (this.rules) {
      this.rules = '';
      this.page.refresh();
    }
  }
}
