import type { Reporter } from './types.js';

/**
 * The report itself: the stable, versioned contract (schemaVersion 1). It stays small for pipelines to keep and
 * compare: the pages' screenshots, taken for the HTML report, are left out.
 */
export const jsonReporter: Reporter = {
  extension: 'json',
  render: (report) => `${JSON.stringify(report, (key, value: unknown) => (key === 'screenshot' ? undefined : value), 2)}\n`,
};
