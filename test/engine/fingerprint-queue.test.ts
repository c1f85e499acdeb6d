import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { FingerprintQueue, findingFingerprint, runRules, defineRule, type AnyRule } from '../../src/engine/index.js';
import type { Finding } from '../../src/model/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

/** A finding as the queue reads it: rule, asset and subject; the rest does not enter a fingerprint. */
function finding(assetId: string, subject?: string): Finding {
  return { ruleId: 'x', fingerprint: '', status: 'pass', severity: 'low', assetId, assetName: assetId, assetKind: 'workspace', provider: 'aws', account: '1', region: 'r', message: 'm', evidence: {}, ...(subject === undefined ? {} : { subject }) };
}

/** The nice value of a thread, from its /proc stat line (field 19, the 17th after the command name). */
const niceOf = (stat: string) => Number(stat.split(') ')[1]!.split(' ')[16]);
const niceOfThreads = () => readdirSync('/proc/self/task').map((task) => niceOf(readFileSync(`/proc/self/task/${task}/stat`, 'utf8')));
const niceOfThisThread = () => (process.platform === 'linux' ? niceOf(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')) : 0);

const plain = { id: 'exposure/a', concern: 'public-access' };
const noConcern = { id: 'logging/b' };
const quoted = { id: 'odd/"rule"', concern: 'c\\d' };

/** 40,000 findings over three rules (one appearing only in a later batch), some ids and subjects needing JSON escapes. */
function queueMany(queue: FingerprintQueue) {
  const added: Array<{ finding: Finding; rule: { id: string; concern?: string } }> = [];
  for (let i = 0; i < 40_000; i++) {
    const rule = i < 20_000 ? (i % 2 ? plain : noConcern) : [plain, noConcern, quoted][i % 3]!;
    const id = i % 997 === 0 ? `arn:aws:s3:::bucket-"${i}"\u2028é` : `arn:aws:sagemaker:eu-west-1:111122223333:endpoint/e-${i}`;
    const subject = i % 5 === 0 ? `variant-${i % 3}` : i % 777 === 0 ? 'tab\there' : undefined;
    const f = finding(id, subject);
    queue.add(f, rule, i); // every id here is its own asset: i is its key
    added.push({ finding: f, rule });
  }
  return added;
}

describe('FingerprintQueue', () => {
  it('hashes on a worker thread past the threshold, with the very recipe of findingFingerprint', async () => {
    const queue = new FingerprintQueue({ workerAfter: 1_000 });
    const added = queueMany(queue);
    await queue.settle();
    expect(queue.hashed.here).toBe(1_000);
    expect(queue.hashed.byWorker).toBe(39_000);
    for (const { finding: f, rule } of added) expect(f.fingerprint).toBe(findingFingerprint(rule.id, f.assetId, rule.concern, f.subject));
  });

  it('gets every fingerprint of an asset right when the asset has findings of several rules (its id checked once)', async () => {
    const queue = new FingerprintQueue({ workerAfter: 0 });
    const added: Array<{ finding: Finding; rule: { id: string; concern?: string } }> = [];
    // Rule by rule over the same 6,000 assets, a quoted id every seventh: keys repeat across rules and batches.
    for (const rule of [plain, noConcern, quoted]) {
      for (let key = 0; key < 6_000; key++) {
        const f = finding(key % 7 === 0 ? `bucket-"${key}"` : `arn:aws:s3:::bucket-${key}`, key % 11 === 0 ? `s"${key}` : undefined);
        queue.add(f, rule, key);
        added.push({ finding: f, rule });
      }
    }
    await queue.settle();
    expect(queue.hashed.byWorker).toBe(18_000);
    for (const { finding: f, rule } of added) expect(f.fingerprint).toBe(findingFingerprint(rule.id, f.assetId, rule.concern, f.subject));
  });

  // Linux only (elsewhere the worker leaves its priority alone), and not in a process already at the lowest.
  it.runIf(process.platform === 'linux' && niceOfThisThread() < 19)('hashes on a thread of the lowest CPU priority, and leaves the calling thread as it was', async () => {
    const before = niceOfThisThread();
    const queue = new FingerprintQueue({ workerAfter: 0 });
    // One full batch goes to the worker, which sets its priority as it starts.
    for (let key = 0; key < 16_384; key++) queue.add(finding(`ws-${key}`), plain, key);
    const last = finding('ws-last');
    queue.add(last, plain, 16_384);
    await vi.waitFor(() => expect(niceOfThreads().filter((nice) => nice === 19)).toHaveLength(1), { timeout: 10_000, interval: 20 });
    expect(niceOfThisThread()).toBe(before);
    await queue.settle();
    expect(last.fingerprint).toBe(findingFingerprint(plain.id, 'ws-last', plain.concern));
  });

  it('stops waiting for a worker that does not answer in time, and hashes the rest here', async () => {
    // No patience at all: the batches the worker has not answered when settle starts are hashed here.
    const queue = new FingerprintQueue({ workerAfter: 0, settlePatienceMs: 0 });
    const added = queueMany(queue);
    await queue.settle();
    expect(queue.hashed.here).toBeGreaterThan(0);
    expect(queue.hashed.here + queue.hashed.byWorker).toBe(40_000);
    for (const { finding: f, rule } of added) expect(f.fingerprint).toBe(findingFingerprint(rule.id, f.assetId, rule.concern, f.subject));
  });

  it('never starts a worker below the threshold: fingerprints are set as findings are added', () => {
    const queue = new FingerprintQueue({ workerAfter: Infinity });
    const f = finding('ws-a', 'v1');
    queue.add(f, plain, 0);
    expect(f.fingerprint).toBe(findingFingerprint(plain.id, 'ws-a', plain.concern, 'v1'));
    expect(queue.hashed).toEqual({ here: 1, byWorker: 0 });
  });

  it('hashes on this thread what a stopped worker never answered', async () => {
    const queue = new FingerprintQueue({ workerAfter: 0 });
    const added = queueMany(queue);
    // Two batches went to the worker; stopping it leaves them unanswered.
    queue.close();
    await queue.settle();
    expect(queue.hashed.here).toBeGreaterThanOrEqual(32_768);
    expect(queue.hashed.here + queue.hashed.byWorker).toBe(40_000);
    for (const { finding: f, rule } of added) expect(f.fingerprint).toBe(findingFingerprint(rule.id, f.assetId, rule.concern, f.subject));
  });
});

describe('the engine with fingerprints hashed on a worker', () => {
  const variants: AnyRule = defineRule({
    meta: {
      id: 'test/variants',
      title: 'variants',
      family: 'exposure',
      severity: 'high',
      appliesTo: ['endpoint'],
      rationale: 'r',
      remediation: { text: 't' },
      messages: { open: '{{name}} open', closed: '{{name}} closed' },
    },
    // Two verdicts share a subject: the engine numbers the second (`a#2`) before it is hashed.
    evaluate: (asset, ctx) => [ctx.fail('open', { subject: 'a' }), ctx.pass('closed', { subject: 'a' }), ctx.pass('closed')],
  });
  const graph = makeGraph(Array.from({ length: 300 }, (_, i) => makeAsset({ kind: 'endpoint', id: `ep-${i}`, name: `ep-${i}` })));

  it('gives the same findings, fingerprints included, as hashing them all on the main thread', async () => {
    const here = await runRules({ rules: [variants], graph, fingerprintWorkerAfter: Infinity });
    const worker = await runRules({ rules: [variants], graph, fingerprintWorkerAfter: 0 });
    expect(worker.findings).toEqual(here.findings);
    expect(here.findings.map((f) => f.subject).slice(0, 3)).toEqual(['a', 'a#2', undefined]);
    expect(new Set(worker.findings.map((f) => f.fingerprint)).size).toBe(900);
    for (const f of worker.findings) expect(f.fingerprint).toBe(findingFingerprint(f.ruleId, f.assetId, undefined, f.subject));
  });
});
