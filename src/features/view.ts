import type { ChoiceFeature } from './types.js';

/**
 * 页面视图切换: the page's main content in a clean, large-type reading view, or all of its text
 * in document order without images or layout (纯文本), shown over the page with one control back.
 * The extractor (@mozilla/readability) is a lazy part, loaded the first time a view opens.
 */
export const view: ChoiceFeature = {
  id: 'view',
  kind: 'choice',
  icon: 'M4 3h16v18H4zm2 2v14h12V5zm2 2h8v2H8zm0 4h8v2H8zm0 4h5v2H8z',
  shortcut: 'KeyV',
  default: 'page',
  values: ['page', 'reading', 'text'],
  apply(kind, scope, carebar) {
    carebar.parts.use(scope, 'view', (part) => part.showView(kind === 'reading' ? 'reading' : 'text', scope, () => carebar.set('view', 'page')));
  },
};
