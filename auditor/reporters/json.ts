import type { Reporter } from './types.js';

/** The report itself: the stable, versioned contract (schemaVersion 1). */
export const jsonReporter: Reporter = {
  extension: 'json',
  render: (report) => `${JSON.stringify(report, null, 2)}\n`,
};
