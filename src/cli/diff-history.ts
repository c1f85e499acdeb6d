import { openHistory, type HistoryStore } from '../history/index.js';

/** What `mlscan diff` reads of a history file. */
export type DiffHistory = Pick<HistoryStore, 'file' | 'load' | 'trend' | 'close'>;

/** Opens an existing history file read-only (never creates one: a typo must not look like an empty history). */
export function openHistoryForDiff(file: string): DiffHistory {
  return openHistory(file, { create: false, command: 'diff --history' });
}
