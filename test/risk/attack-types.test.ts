import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { ATTACK_TYPE_MATRIX, attackTypesOf, createRiskAssessor, LISTED_CONCERNS } from '../../src/risk/index.js';
import { defineRule, runRules } from '../../src/engine/index.js';
import { ATTACK_TYPES } from '../../src/model/index.js';
import { makeAsset, makeGraph } from '../support/assets.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seedText = (file: string) => readFileSync(new URL(file, SEEDS), 'utf8').replace(/\s+/g, ' ').toLowerCase();

describe('attack types (seeds/000 section 3.4)', () => {
  it('carries the section 3.4 matrix row for row', () => {
    expect(ATTACK_TYPE_MATRIX.map((r) => [r.attackType, r.likelihood, r.impact, r.exploitability])).toEqual([
      ['extraction', 'high', 'low', 'high'],
      ['evasion', 'high', 'medium', 'high'],
      ['inference', 'medium', 'medium', 'medium'],
      ['inversion', 'medium', 'high', 'medium'],
      ['poisoning', 'low', 'high', 'low'],
    ]);
  });

  it('maps every registered rule to attack types with a justification', () => {
    for (const { meta } of rules) {
      const entry = attackTypesOf(meta);
      expect(entry.why.length, meta.id).toBeGreaterThan(20);
      for (const type of entry.attackTypes) expect(ATTACK_TYPES, meta.id).toContain(type);
    }
  });

  it('lists no concern that no registered rule has', () => {
    const concerns = new Set(rules.map(({ meta }) => meta.concern ?? meta.id));
    for (const concern of LISTED_CONCERNS) expect(concerns, concern).toContain(concern);
  });

  it('names what the concern enables: query access, stored data, supply chain, or none for detection controls', () => {
    const of = (id: string) => [...attackTypesOf(rules.find((r) => r.meta.id === id)!.meta).attackTypes].sort();
    expect(of('exposure/endpoint-public-network-access')).toEqual(['evasion', 'extraction', 'inference', 'inversion']);
    expect(of('exposure/storage-public-access')).toEqual(['extraction', 'poisoning']);
    expect(of('azure/storage/blob-anonymous-access')).toEqual(['extraction', 'poisoning']); // same concern, same answer
    expect(of('integrity/served-model-artifacts-publicly-writable')).toEqual(['poisoning']);
    expect(of('integrity/public-endpoint-serves-model-trained-on-exposed-data')).toEqual(['evasion', 'inversion', 'poisoning']);
    expect(of('logging/endpoint-data-capture-disabled')).toEqual([]);
    expect(of('aws/sagemaker/endpoint-config-single-instance')).toEqual([]);
    expect(of('integrity/ml-data-without-owner-or-classification')).toEqual([]); // governance, not supply chain
  });

  it.skipIf(!existsSync(SEEDS))('quotes the seeds faithfully: every quoted phrase of a justification is in seeds/000 or seeds/002', () => {
    const text = seedText('000_1b2718a75eac63dc.txt') + ' ' + seedText('002_1d3faae9de8e40fb.txt');
    for (const { meta } of rules) {
      for (const quote of attackTypesOf(meta).why.match(/"[^"]+"/g) ?? []) {
        for (const piece of quote.slice(1, -1).split('…')) expect(text, `${meta.id}: ${piece}`).toContain(piece.trim().toLowerCase());
      }
    }
  });

  it('the engine names them on failing findings only', async () => {
    const rule = defineRule({
      meta: { id: 'exposure/endpoint-public-network-access', concern: 'endpoint-public-network-access', title: 't', family: 'exposure', severity: 'high', appliesTo: ['endpoint'], rationale: 't', remediation: { text: 't' }, messages: { open: 'open', closed: 'closed' } },
      evaluate: (asset, ctx) => (asset.facts.publicNetworkAccess ? ctx.fail('open') : ctx.pass('closed')),
    });
    const open = makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: true } });
    const closed = makeAsset({ kind: 'endpoint', facts: { publicNetworkAccess: false } });
    const graph = makeGraph([open, closed]);
    const { findings } = await runRules({ rules: [rule], graph, risk: createRiskAssessor(graph), concurrency: 1 });
    expect(findings.find((f) => f.assetId === open.id)!.attackTypes).toEqual(['extraction', 'evasion', 'inference', 'inversion']);
    expect(findings.find((f) => f.assetId === closed.id)!.attackTypes).toBeUndefined();
  });
});
