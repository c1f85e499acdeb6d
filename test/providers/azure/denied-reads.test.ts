import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAzureSource } from '../../../providers/azure/index.js';
import * as f from '../../fixtures/azure/estate.js';
import { passesFromMissingData, verdictsOf, type Verdicts } from '../verdicts.js';
import { armError, estateRoutes, mockArm, staticCredential, type Route } from './support.js';

/** Every read of the estate: listings, child listings under each record, detail reads (blob service, diagnostic settings…). */
const ROUTES = estateRoutes();

/** ARM's answer to a read the credential lacks the permission for. */
function denied(route: Route): Route {
  const message = `The client 'scanner' does not have authorization to perform action 'read' over scope '${route.path}' or the scope is invalid.`;
  return { ...route, status: 403, body: armError('AuthorizationFailed', message) };
}

/** A short case name: the path below the subscription, and the page when it is not the first. */
function nameOf(route: Route): string {
  const path = route.path.replace(/^\/subscriptions\/[^/]+(\/resourceGroups\/[^/]+)?/i, '');
  return `GET ${path}${route.query?.$skipToken ? ' (page 2)' : ''}`;
}

async function scan(deniedRoute?: number) {
  const { unmatched } = mockArm(ROUTES.map((route, i) => (i === deniedRoute ? denied(route) : route)));
  const inventory = await createAzureSource({ subscriptions: [f.SUB] }, { credential: staticCredential() }).collect();
  return { inventory, unmatched, verdicts: await verdictsOf(inventory) };
}

describe('Azure: a denied read never turns a verdict into a pass', () => {
  let baseline: Verdicts;
  beforeAll(async () => {
    nock.disableNetConnect();
    const first = await scan();
    expect(first.unmatched).toEqual([]);
    expect(first.inventory.gaps).toEqual([]);
    baseline = first.verdicts;
    nock.cleanAll();
  });
  afterEach(() => {
    nock.cleanAll();
    nock.emitter.removeAllListeners('no match');
  });
  afterAll(() => {
    nock.enableNetConnect();
  });

  it.each(ROUTES.map((route, i) => [nameOf(route), i] as const))('%s denied', async (_name, i) => {
    const result = await scan(i);
    expect(result.unmatched).toEqual([]);
    expect(result.inventory.gaps.map((g) => g.errorCode)).toContain('AuthorizationFailed');
    expect(passesFromMissingData(baseline, result.verdicts)).toEqual([]);
  });
});
