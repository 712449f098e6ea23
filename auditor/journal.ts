// A run's journal: one JSON line per finished page, appended as it finishes, so that an interrupted or
// crashed run loses at most the pages it was auditing (issue 8, "nothing lost").
import { readFileSync } from 'node:fs';
import { AuditSetupError } from './targets.js';
import type { JournalEntry } from './types.js';

/** One entry as a journal line. */
export const journalLine = (entry: JournalEntry): string => `${JSON.stringify(entry)}\n`;

/**
 * The entries of a journal. Every line ends with a newline, so whatever follows the last one is a write
 * that a crash cut short: that page is left out and audited again. Any other line that is not an entry
 * means the file is not a journal.
 */
export function readJournal(path: string): JournalEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AuditSetupError(`The journal ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  return text.split('\n').slice(0, -1).map((line, i) => {
    const entry = parse(line);
    if (!entry) throw new AuditSetupError(`${path} is not a carebar-audit journal (line ${i + 1}).`);
    return entry;
  });
}

function parse(line: string): JournalEntry | null {
  try {
    const entry = JSON.parse(line) as Partial<JournalEntry> | null;
    return typeof entry?.page?.url === 'string' && Array.isArray(entry.page.findings) && Array.isArray(entry.links) ? (entry as JournalEntry) : null;
  } catch {
    return null;
  }
}
