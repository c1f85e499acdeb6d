import { Worker } from 'node:worker_threads';
import type { Finding, RuleMeta } from '../model/index.js';
import { FINGERPRINT_LENGTH, fingerprintRecipe, fingerprinterFor } from './fingerprint.js';

/** What a fingerprint reads of the rule: its id and concern (the rule's meta object, kept as a key). */
export type FingerprintRule = Pick<RuleMeta, 'id' | 'concern'>;

/** Each rule's fingerprinter, made on its first finding. */
const FINGERPRINTERS = new WeakMap<FingerprintRule, (assetId: string, subject?: string) => string>();

/** The fingerprint of `rule`'s finding on `assetId` (with `subject`), on this thread. */
export function fingerprintOf(rule: FingerprintRule, assetId: string, subject?: string): string {
  let fingerprinter = FINGERPRINTERS.get(rule);
  if (!fingerprinter) FINGERPRINTERS.set(rule, (fingerprinter = fingerprinterFor(rule.id, rule.concern)));
  return fingerprinter(assetId, subject);
}

/** Findings hashed on the calling thread before a worker starts: a small scan never pays its start-up. */
export const DEFAULT_WORKER_AFTER = 50_000;
/**
 * How long `settle` waits for the worker's last answers. It hashes while the rules, the risk step
 * and the sort run, so little is left by then (about 0.05 s at 100,000 assets); a worker still busy
 * after this long is starved, and the main thread, idle meanwhile, is quicker.
 */
export const SETTLE_PATIENCE_MS = 3_000;
/** Findings per message to the worker: large enough that messaging costs little, small enough to overlap. */
const BATCH_SIZE = 16_384;

/**
 * The worker's code: fingerprintRecipe's own source (self-contained by design), applied to batches
 * of (rule index, asset key) pairs with the few subjects apart; it answers each batch with the
 * fingerprints joined (every fingerprint is FINGERPRINT_LENGTH characters). Rules and asset ids
 * are sent once, with the batch that first uses them (an id under the caller's key for its asset):
 * a message copies integers, not the same long ids again for every rule, and each id is checked
 * for JSON escapes once, not once per finding.
 *
 * On Linux the thread asks for the lowest CPU priority (a nice value is kept per thread there): on
 * a machine of few cores, the evaluating thread and its garbage collector's helpers then come
 * first, and the hashing takes the time they leave (it is waited for only after the risk step and
 * the sort).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { hash } = require('node:crypto');
// Linux only: elsewhere the call sets the priority of the whole process.
if (process.platform === 'linux') try { require('node:os').setPriority(19); } catch {}
const recipe = (${fingerprintRecipe.toString()})((text) => hash('sha256', text, 'hex'));
const fingerprinters = [];
const assetIds = [];
const plainAssetIds = [];
parentPort.on('message', ({ id, rules, newAssetKeys, newAssetIds, refs, subjects }) => {
  for (const [ruleId, concern] of rules) fingerprinters.push(recipe.fingerprinterFor(ruleId, concern));
  for (let i = 0; i < newAssetIds.length; i++) {
    assetIds[newAssetKeys[i]] = newAssetIds[i];
    plainAssetIds[newAssetKeys[i]] = recipe.isPlainJsonText(newAssetIds[i]);
  }
  const out = [];
  // subjects: [position, subject] in position order; the next one is at subjects[next].
  let next = 0;
  for (let i = 0; i < refs.length; i += 2) {
    const position = i / 2;
    const subject = next < subjects.length && subjects[next][0] === position ? subjects[next++][1] : undefined;
    const key = refs[i + 1];
    out.push(fingerprinters[refs[i]](assetIds[key], subject, plainAssetIds[key]));
  }
  parentPort.postMessage({ id, fingerprints: out.join('') });
});`;

interface Batch {
  findings: Finding[];
  /** Rule index and asset index per finding. */
  refs: number[];
  /** [position in the batch, subject] of the findings that have a subject. */
  subjects: [number, string][];
  /** Rules first used by this batch: [id, concern]. */
  rules: [string, string | undefined][];
  /** Asset ids first used by this batch, and the key each is known by. */
  newAssetIds: string[];
  newAssetKeys: number[];
  /** The worker's answer: the joined fingerprints, or undefined when the worker could not answer. */
  answer?: Promise<string | undefined>;
}

/**
 * Gives findings their fingerprints. A scan makes one per finding, and SHA-256 through Node's
 * binding costs about a microsecond each: half a second of a scan at 500k findings. Past the first
 * `workerAfter` findings, the rest are hashed in batches on a worker thread (the second core)
 * while the engine goes on evaluating, and `settle` waits for the last batches. A worker that
 * cannot start or fails costs only time: its batches are hashed on this thread instead. Until
 * `settle` resolves, a queued finding's fingerprint is the empty string.
 */
export class FingerprintQueue {
  private readonly workerAfter: number;
  private readonly ruleIndex = new Map<FingerprintRule, number>();
  /** Rules by the index the worker knows them by. */
  private readonly rules: FingerprintRule[] = [];
  /** The last rule added and its index: findings come rule by rule. */
  private lastRule: FingerprintRule | undefined;
  private lastRuleIndex = -1;
  /** Asset keys whose id the worker has been sent (1), by key. */
  private sentAssetKeys = new Uint8Array(1024);
  private batch: Batch = emptyBatch();
  private readonly sent: Batch[] = [];
  private worker: FingerprintWorker | undefined;
  /** Findings fingerprinted on this thread and by the worker, so far (tests and benchmarks read it). */
  readonly hashed = { here: 0, byWorker: 0 };

  private readonly settlePatienceMs: number;

  /**
   * `workerAfter`: findings hashed here before the rest go to a worker (Infinity: never a worker).
   * `settlePatienceMs`: how long `settle` waits for the worker (default SETTLE_PATIENCE_MS).
   */
  constructor(options: { workerAfter?: number; settlePatienceMs?: number } = {}) {
    this.workerAfter = options.workerAfter ?? DEFAULT_WORKER_AFTER;
    this.settlePatienceMs = options.settlePatienceMs ?? SETTLE_PATIENCE_MS;
  }

  /**
   * Queues `finding`, made by `rule` on the asset `finding.assetId` names. `assetKey` is the
   * caller's small non-negative integer for that asset (its position in the estate): the same key
   * must always stand for the same id, and the id is then sent to the worker once.
   */
  add(finding: Finding, rule: FingerprintRule, assetKey: number): void {
    if (this.hashed.here < this.workerAfter && !this.worker) {
      this.hashed.here++;
      finding.fingerprint = fingerprintOf(rule, finding.assetId, finding.subject);
      return;
    }
    const batch = this.batch;
    batch.refs.push(this.indexOf(rule, batch), assetKey);
    if (assetKey >= this.sentAssetKeys.length) this.growSentKeys(assetKey);
    if (this.sentAssetKeys[assetKey] === 0) {
      this.sentAssetKeys[assetKey] = 1;
      batch.newAssetKeys.push(assetKey);
      batch.newAssetIds.push(finding.assetId);
    }
    if (finding.subject !== undefined) batch.subjects.push([batch.findings.length, finding.subject]);
    batch.findings.push(finding);
    if (batch.findings.length >= BATCH_SIZE) this.send();
  }

  /** The index the worker knows `rule` by; a rule new to it goes with `batch`. */
  private indexOf(rule: FingerprintRule, batch: Batch): number {
    if (rule === this.lastRule) return this.lastRuleIndex;
    let index = this.ruleIndex.get(rule);
    if (index === undefined) {
      this.ruleIndex.set(rule, (index = this.rules.length));
      this.rules.push(rule);
      batch.rules.push([rule.id, rule.concern]);
    }
    this.lastRule = rule;
    this.lastRuleIndex = index;
    return index;
  }

  private growSentKeys(key: number): void {
    const grown = new Uint8Array(Math.max(key + 1, this.sentAssetKeys.length * 2));
    grown.set(this.sentAssetKeys);
    this.sentAssetKeys = grown;
  }

  /** Every queued finding has its fingerprint once this resolves; the worker is stopped. */
  async settle(): Promise<void> {
    if (this.batch.findings.length) this.send();
    // The worker runs at the lowest priority: on a machine kept busy by other processes it may get
    // almost no CPU. Past the patience, it is stopped, and what it has not answered is hashed here.
    const patience = setTimeout(() => this.close(), this.settlePatienceMs);
    try {
      for (const batch of this.sent) this.assign(batch, await batch.answer);
    } finally {
      clearTimeout(patience);
      this.sent.length = 0;
      this.close();
    }
  }

  /** Stops the worker (settle does it; call it when evaluation stops early); what is left is hashed here. */
  close(): void {
    void this.worker?.stop();
  }

  /** The batch's fingerprints from the worker's answer, or computed here when there is none. */
  private assign(batch: Batch, joined: string | undefined): void {
    const { findings, refs } = batch;
    if (joined !== undefined && joined.length === findings.length * FINGERPRINT_LENGTH) {
      // Slices of one string: no copy per finding.
      for (let i = 0; i < findings.length; i++) findings[i]!.fingerprint = joined.slice(i * FINGERPRINT_LENGTH, (i + 1) * FINGERPRINT_LENGTH);
      this.hashed.byWorker += findings.length;
      return;
    }
    this.hashed.here += findings.length;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i]!;
      finding.fingerprint = fingerprintOf(this.rules[refs[i * 2]!]!, finding.assetId, finding.subject);
    }
  }

  private send(): void {
    const batch = this.batch;
    this.batch = emptyBatch();
    this.worker ??= new FingerprintWorker();
    batch.answer = this.worker.hash(batch);
    this.sent.push(batch);
  }
}

function emptyBatch(): Batch {
  return { findings: [], refs: [], subjects: [], rules: [], newAssetIds: [], newAssetKeys: [] };
}

/** One worker thread and its pending answers; any failure answers every pending batch with undefined. */
class FingerprintWorker {
  private thread: Worker | undefined;
  private readonly pending = new Map<number, (joined: string | undefined) => void>();
  private next = 0;

  constructor() {
    try {
      this.thread = new Worker(WORKER_SOURCE, { eval: true });
      this.thread.on('message', ({ id, fingerprints }: { id: number; fingerprints: string }) => this.answer(id, fingerprints));
      this.thread.on('error', () => this.failAll());
      this.thread.on('messageerror', () => this.failAll());
      this.thread.on('exit', () => this.failAll());
    } catch {
      this.thread = undefined;
    }
  }

  hash(batch: Batch): Promise<string | undefined> {
    // Gone (never started, failed or stopped): nothing would ever answer.
    if (!this.thread) return Promise.resolve(undefined);
    const id = this.next++;
    const answer = new Promise<string | undefined>((resolve) => this.pending.set(id, resolve));
    try {
      const { rules, newAssetIds, subjects } = batch;
      this.thread.postMessage({ id, rules, newAssetIds, newAssetKeys: Int32Array.from(batch.newAssetKeys), subjects, refs: Int32Array.from(batch.refs) });
    } catch {
      this.answer(id, undefined);
    }
    return answer;
  }

  stop(): Promise<number> | undefined {
    const thread = this.thread;
    this.failAll();
    return thread?.terminate();
  }

  private answer(id: number, joined: string | undefined): void {
    this.pending.get(id)?.(joined);
    this.pending.delete(id);
  }

  /** The thread failed or stopped: every pending batch, and any sent later, is hashed on the calling thread. */
  private failAll(): void {
    this.thread = undefined;
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}
