// The lazy part behind the `view` feature: a reading view and a text-only view of the page.
// A CommonJS package: its default export is `module.exports`, which every bundler and test server agrees on.
import readability from '@mozilla/readability';
import type { FeatureScope } from '../core/host-page.js';
import { SCHEMES } from '../features/color.js';
import { OUTRANK, styledShadow } from '../core/dom.js';
import { blockOf, isSkipLink } from '../speech/extract.js';
import { HIGHLIGHT_STYLES } from '../speech/highlights.js';
import { pageTranslation } from '../speech/language.js';
import { VIEW_TAG } from './shown.js';

/** What survives into a view: text, structure, links, images with their alt text. Nothing that runs. */
const DROPPED = 'script,style,noscript,template,iframe,object,embed,form,input,button,select,textarea,link,meta,svg,canvas,video,audio';
const KEPT_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'lang', 'dir', 'datetime']);
/** Left out of the text-only view: images and everything that is not text. */
const NOT_TEXT = `${DROPPED},img,picture,figure>img`;
const HEADING = /^h[1-6]$/;

const STYLES = `
.view{position:fixed;inset:var(--care-top,0px) 0 0 0;overflow:auto;overscroll-behavior:contain;pointer-events:auto;
  background:var(--care-view-bg,#fff);color:var(--care-view-fg,#1a1a1a);
  font:400 22px/1.8 system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif}
.bar{position:sticky;top:0;display:flex;justify-content:flex-end;padding:12px 20px;background:inherit;border-bottom:2px solid}
button{min-width:60px;min-height:60px;padding:8px 20px;border:2px solid;border-radius:8px;background:inherit;color:inherit;font:inherit;font-weight:700;cursor:pointer}
article{max-width:40em;margin:0 auto;padding:16px 20px 80px}
h1{font-size:1.5em;line-height:1.4}
h2,h3,h4,h5,h6{font-size:1.2em;line-height:1.4}
p,li{margin:0 0 .8em}
a{color:var(--care-view-link,#0b4a9e)}
img{max-width:100%;height:auto}
:focus-visible{outline:4px solid var(--care-view-link,#0b4a9e);outline-offset:3px}`;

/**
 * Shows the page's content over it, in carebar's own node: the page underneath is hidden from
 * sight, keyboard and screen readers, and its scroll position is kept for the way back. `close`
 * goes back to the page.
 */
export function showView(kind: 'reading' | 'text', scope: FeatureScope, close: () => void): void {
  const { doc } = scope;
  const t = pageTranslation(doc);
  const { title, content } = kind === 'reading' ? (reading(doc) ?? textOnly(doc)) : textOnly(doc);

  // The colour scheme the user chose, on carebar's own node as well as on the page.
  const schemes = Object.entries(SCHEMES).map(([scheme, colours]) => {
    const [bg, fg, link] = colours.split(' ');
    return `html[data-care-color=${scheme}]>${VIEW_TAG}{--care-view-bg:${bg};--care-view-fg:${fg};--care-view-link:${link}}`;
  });
  scope.css(`body,body ${OUTRANK}{visibility:hidden!important}${schemes.join('')}`);

  const host = scope.overlay(doc.createElement(VIEW_TAG));
  const root = styledShadow(
    host,
    `:host{all:initial!important}${STYLES}${HIGHLIGHT_STYLES}`,
    // The view is the page's one <main> while it shows: the page's own is hidden under it.
    `<main class="view" lang="${t.lang}"><div class="bar"><button type="button"></button></div>
    <article lang="${doc.documentElement.lang}"></article></main>`,
  );
  const back = root.querySelector('button')!;
  back.textContent = t.viewBack;
  const article = root.querySelector('article')!;
  if (title) article.append(Object.assign(doc.createElement('h1'), { textContent: title }));
  article.append(content);
  root.querySelector('.view')!.setAttribute('aria-label', t.values[kind]);

  back.addEventListener('click', close);
  root.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Escape' && close());
  back.focus();
}

/** The main content, as @mozilla/readability finds it; `undefined` where it finds none. */
function reading(doc: Document): { title: string; content: DocumentFragment } | undefined {
  const copy = doc.cloneNode(true) as Document;
  // What the page hides from the user (elder mode's ads, say) and carebar's own nodes stay out.
  for (const el of copy.querySelectorAll(`[data-care-hide],care-toolbar,${VIEW_TAG}`)) el.remove();
  const article = new readability.Readability(copy).parse();
  if (!article?.content) return undefined;
  const parsed = new DOMParser().parseFromString(article.content, 'text/html');
  for (const el of parsed.body.querySelectorAll(DROPPED)) el.remove();
  // The page's <main> would sit inside the view's own.
  for (const el of parsed.body.querySelectorAll('main')) el.replaceWith(...el.childNodes);
  for (const el of parsed.body.querySelectorAll('*')) {
    for (const { name, value } of [...el.attributes]) {
      if (!KEPT_ATTRIBUTES.has(name) || /^\s*javascript:/i.test(value)) el.removeAttribute(name);
      // Absolute, as in the text-only view: a "#…" whose target stayed on the page would lead nowhere here.
      else if (name === 'href' || name === 'src') el.setAttribute(name, new URL(value, doc.baseURI).href);
    }
  }
  const content = doc.createDocumentFragment();
  content.append(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
  return { title: article.title || doc.title, content };
}

/**
 * 纯文本: every visible piece of text in document order, one paragraph per block of the page,
 * headings kept as headings and links kept as links; visually hidden skip links stay out, as in 连读. The page's own headings are its titles.
 */
function textOnly(doc: Document): { title: string; content: DocumentFragment } {
  const content = doc.createDocumentFragment();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && (node.matches(NOT_TEXT) || !node.checkVisibility({ visibilityProperty: true }) || isSkipLink(node))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let block: Element | undefined;
  let paragraph: HTMLElement | undefined;
  let link: { source: Element; copy: HTMLAnchorElement } | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text) || !node.data.trim()) continue;
    const parent = node.parentElement!;
    const ownBlock = blockOf(parent);
    if (ownBlock !== block || !paragraph) {
      block = ownBlock;
      paragraph = content.appendChild(doc.createElement(HEADING.test(block.localName) ? block.localName : 'p'));
      link = undefined;
    }
    const source = parent.closest('a[href]');
    if (source && block.contains(source)) {
      if (link?.source !== source) {
        link = { source, copy: paragraph.appendChild(doc.createElement('a')) };
        link.copy.href = (source as HTMLAnchorElement).href;
      }
      link.copy.append(node.data);
    } else {
      link = undefined;
      paragraph.append(node.data);
    }
  }
  return { title: '', content };
}
