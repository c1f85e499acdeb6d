import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite, pragma } from '../../src/history/sqlite.js';
import { expect, it } from 'vitest';
import { openHistory, type HistoryStore } from '../../src/history/index.js';
import { UsageError } from '../../src/errors.js';
import { useTempDirs } from '../support/temp-dirs.js';
import { describeHistory } from '../support/node-sqlite.js';
import { EVIDENCE_SECRET, RAW_SECRET, TAG_SECRET, historyResult } from './history-result.js';

const tempDir = useTempDirs('mlscan-history-');

function withStore<T>(file: string, work: (store: HistoryStore) => T): T {
  const store = openHistory(file, { create: true });
  try {
    return work(store);
  } finally {
    store.close();
  }
}

describeHistory('history store', () => {
  it('gives back what a diff needs of a recorded scan, in the report order', () => {
    const file = join(tempDir(), 'history.db');
    const result = historyResult();
    const id = withStore(file, (store) => store.record(result, { plan: { formats: ['json'] } }));
    expect(id).toBe(1);
    const loaded = withStore(file, (store) => store.load(id));
    expect(loaded.scan).toEqual({ startedAt: result.scan.startedAt, finishedAt: result.scan.finishedAt, sources: ['snapshot:estate.json'], partial: true });
    expect(loaded.inventory.assets.map((a) => a.id)).toEqual(result.inventory.assets.map((a) => a.id));
    expect(loaded.inventory.assets[1]).toEqual({ id: result.inventory.assets[1]!.id, kind: 'endpoint', name: 'fraud-scoring', provider: 'aws', account: '111122223333', region: 'eu-west-1', tags: { cost: '=HYPERLINK("http://x")' } });
    expect(loaded.coverage.gaps).toEqual(result.coverage.gaps);
    expect(loaded.findings).toEqual(
      result.findings.map((f) => ({
        fingerprint: f.fingerprint, ruleId: f.ruleId, status: f.status, severity: f.severity, assetId: f.assetId, assetName: f.assetName,
        assetKind: f.assetKind, provider: f.provider, account: f.account, region: f.region, message: f.message, ...(f.suppression ? { suppression: f.suppression } : {}),
      })),
    );
    expect(loaded.findings.find((f) => f.status === 'suppressed')?.suppression?.reason).toBe('accepted until migration');
  });

  it('never stores raw records, facts or evidence, and redacts secrets in tags', () => {
    const file = join(tempDir(), 'history.db');
    withStore(file, (store) => store.record(historyResult()));
    const loaded = openHistory(file, { create: false });
    expect(loaded.load(1).inventory.assets[0]!.tags['deploy-key']).toBe('[redacted]');
    loaded.close();
    const bytes = readFileSync(file, 'latin1'); // closed: the WAL is checkpointed into the file
    expect(bytes).toContain('fraud-scoring');
    for (const secret of [RAW_SECRET, 'c2VjcmV0LWluLXJhdw', EVIDENCE_SECRET, TAG_SECRET, 'loggingEnabled']) expect(bytes).not.toContain(secret);
  });

  it('lists newest first with counts by status and failing by severity, and trends oldest first', () => {
    const file = join(tempDir(), 'history.db');
    withStore(file, (store) => {
      store.record(historyResult({ finishedAt: '2026-11-01T03:00:00.000Z' }));
      store.record(historyResult({ finishedAt: '2026-11-02T03:00:00.000Z', failingHigh: 2 }));
      store.record(historyResult({ finishedAt: '2026-11-03T03:00:00.000Z', failingHigh: 5 }));
    });
    const store = openHistory(file, { create: false });
    const [newest, , oldest] = store.list();
    expect(newest).toMatchObject({ id: 3, finishedAt: '2026-11-03T03:00:00.000Z', sources: ['snapshot:estate.json'], partial: true, failOn: 'high', ruleCount: 3, assets: 3, toolVersion: '0.1.0' });
    expect(newest!.counts).toEqual({ fail: 7, error: 1, unknown: 1, pass: 1, not_applicable: 0, suppressed: 1 });
    expect(newest!.failing).toEqual({ critical: 1, high: 6, medium: 1, low: 0, info: 0 });
    expect(oldest!.failing).toEqual({ critical: 1, high: 1, medium: 1, low: 0, info: 0 });
    expect(store.trend(2)).toEqual([
      { id: 2, finishedAt: '2026-11-02T03:00:00.000Z', failing: { critical: 1, high: 3, medium: 1, low: 0, info: 0 } },
      { id: 3, finishedAt: '2026-11-03T03:00:00.000Z', failing: { critical: 1, high: 6, medium: 1, low: 0, info: 0 } },
    ]);
    expect(store.latest()?.id).toBe(3);
    expect(store.latest()?.scan.findings).toHaveLength(11);
    store.close();
  });

  it('has no latest scan and an empty trend when nothing is recorded', () => {
    const file = join(tempDir(), 'history.db');
    withStore(file, (store) => {
      expect(store.latest()).toBeUndefined();
      expect(store.trend(10)).toEqual([]);
      expect(store.list()).toEqual([]);
    });
  });

  it('says which id is missing', () => {
    const file = join(tempDir(), 'history.db');
    withStore(file, (store) => store.record(historyResult()));
    const store = openHistory(file, { create: false });
    expect(() => store.load(7)).toThrow(new UsageError(`${file}: no scan with id 7 (see: mlscan history list --history ${file})`));
    expect(() => store.record(historyResult())).toThrow(/opened read-only/);
    store.close();
  });
});

describeHistory('history retention', () => {
  function threeScans(file: string): void {
    withStore(file, (store) => {
      for (const day of ['01', '15', '30']) store.record(historyResult({ finishedAt: `2026-11-${day}T03:00:00.000Z` }));
    });
  }
  const rows = (file: string, table: string) => {
    const db = openSqlite(file, { readOnly: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('keeps the newest N scans, with their rows, and never reuses a pruned id', () => {
    const file = join(tempDir(), 'history.db');
    threeScans(file);
    expect(withStore(file, (store) => store.prune({ keep: 2 }))).toBe(1);
    expect(withStore(file, (store) => store.list().map((s) => s.id))).toEqual([3, 2]);
    expect(rows(file, 'findings')).toBe(2 * 6);
    expect(rows(file, 'assets')).toBe(2 * 3);
    expect(rows(file, 'gaps')).toBe(2);
    expect(withStore(file, (store) => store.prune({ keep: 2 }))).toBe(0);
    withStore(file, (store) => {
      store.prune({ keep: 1 });
      expect(store.record(historyResult())).toBe(4);
    });
  });

  it('gives the pages of pruned scans back to the file', () => {
    const file = join(tempDir(), 'history.db');
    withStore(file, (store) => {
      for (let i = 0; i < 4; i++) store.record(historyResult({ failingHigh: 500 }));
    });
    const full = statSync(file).size;
    withStore(file, (store) => store.prune({ keep: 1 }));
    expect(statSync(file).size).toBeLessThan(full / 2);
  });

  it('keeps the scans of the last N days, and always the newest one', () => {
    const file = join(tempDir(), 'history.db');
    threeScans(file);
    const now = new Date('2026-12-01T00:00:00.000Z');
    expect(withStore(file, (store) => store.prune({ days: 10 }, now))).toBe(2);
    expect(withStore(file, (store) => store.list().map((s) => s.id))).toEqual([3]);
    expect(withStore(file, (store) => store.prune({ days: 1 }, now))).toBe(0);
    expect(withStore(file, (store) => store.list().map((s) => s.id))).toEqual([3]);
    expect(rows(file, 'findings')).toBe(6);
  });
});
