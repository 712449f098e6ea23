import type { Reporter } from './types.js';

/**
 * The report itself: the stable, versioned contract (schemaVersion 1). It stays small for pipelines to keep and
 * compare: the pictures of pages and elements, taken for the HTML and printed reports, are left out.
 */
export const jsonReporter: Reporter = {
  extension: 'json',
  render: (report) => `${JSON.stringify(report, (key, value: unknown) => (key === 'screenshot' || key === 'crop' ? undefined : value), 2)}\n`,
};
