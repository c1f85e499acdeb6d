import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openHistory } from '../../src/history/index.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { describeHistory } from '../support/node-sqlite.js';
import { historyResult } from './history-result.js';

// fixtures/history-before-node-sqlite.db was written by mlscan's history before its move to
// node:sqlite (through the native SQLite addon it used then, on Node 20): two scans of
// historyResult(), finished 2026-11-01 and 2026-11-02 (the second with failingHigh: 2), each with
// the plan { formats: ['json'] }. Same schema (version 1): a user's existing history must open,
// read and take new scans unchanged.
const FIXTURE = join(import.meta.dirname, 'fixtures', 'history-before-node-sqlite.db');
const tempDir = useTempDirs('mlscan-history-legacy-');

describeHistory('a history written before node:sqlite', () => {
  it('lists, loads and trends its scans, and records the next one after them', () => {
    const file = join(tempDir(), 'history.db');
    copyFileSync(FIXTURE, file);
    const reader = openHistory(file, { create: false });
    expect(reader.list().map((s) => [s.id, s.finishedAt, s.failing.high])).toEqual([
      [2, '2026-11-02T03:00:00.000Z', 3],
      [1, '2026-11-01T03:00:00.000Z', 1],
    ]);
    const expected = historyResult({ failingHigh: 2 });
    const loaded = reader.load(2);
    expect(loaded.findings.map((f) => f.fingerprint)).toEqual(expected.findings.map((f) => f.fingerprint));
    expect(loaded.findings.find((f) => f.status === 'suppressed')?.suppression).toEqual(expected.findings.find((f) => f.status === 'suppressed')?.suppression);
    expect(loaded.inventory.assets.map((a) => a.id)).toEqual(expected.inventory.assets.map((a) => a.id));
    expect(reader.trend(5).map((t) => t.id)).toEqual([1, 2]);
    reader.close();

    const writer = openHistory(file, { create: true });
    expect(writer.record(historyResult({ finishedAt: '2026-11-03T03:00:00.000Z' }))).toBe(3);
    expect(writer.latest()?.id).toBe(3);
    expect(writer.prune({ keep: 2 })).toBe(1);
    expect(writer.list().map((s) => s.id)).toEqual([3, 2]);
    writer.close();
  });
});
