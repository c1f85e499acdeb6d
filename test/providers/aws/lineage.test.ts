import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../../../src/engine/index.js';
import { AssetGraph } from '../../../src/graph/index.js';
import { AssetSchema } from '../../../src/model/index.js';
import lineageRule from '../../../rules/integrity/public-endpoint-serves-model-trained-on-exposed-data.js';
import { awsCollectors, awsLinkers } from '../../../providers/aws/collectors/index.js';
import { awsReadActions } from '../../../providers/aws/permissions.js';
import { ids } from '../../fixtures/aws/lineage-estate.js';
import { mockLineageEstate } from '../../fixtures/aws/lineage-wire.js';
import { ACCOUNT, REGION, collect, useNock } from './support.js';

describe('AWS source end to end (every collector, one region)', () => {
  useNock();

  it('links public endpoint -> endpoint config -> model -> training job -> publicly writable bucket', async () => {
    mockLineageEstate('path');

    const sent = new Set<string>();
    const inventory = await collect({ collectors: awsCollectors, linkers: awsLinkers, sent });

    expect(inventory.gaps).toEqual([]);
    const byId = new Map(inventory.assets.map((a) => [a.id, a]));
    expect([...byId.keys()].sort()).toEqual(
      // The region's Bedrock invocation logging configuration is an asset even when never configured (logging off).
      [ids.endpoint, ids.config, ids.model, ids.job, ids.trainingBucket, ids.modelBucket, ids.role, ids.trainImage, ids.inferenceImage, `arn:aws:bedrock:${REGION}:${ACCOUNT}:model-invocation-logging-configuration`].sort(),
    );
    expect(byId.get(ids.trainingBucket)!.facts).toMatchObject({ publicRead: true, publicWrite: true, versioning: true, dataEventsLogged: false });
    expect(byId.get(ids.modelBucket)!.facts).toMatchObject({ publicRead: false, publicWrite: false, encryption: 'platform' });
    expect(byId.get(ids.role)!.facts).toMatchObject({ privilege: 'admin', externalPrincipals: [], roleName: 'ml-exec' });
    expect(byId.get(ids.endpoint)!.facts).toMatchObject({ publicNetworkAccess: true, instanceCount: 1, serverless: false, dataCapture: false });
    expect(byId.get(ids.inferenceImage)!.facts).toMatchObject({ imageScanning: false, tagImmutability: false, anonymousPull: false });

    // Secrets in hyperparameters and container environments are not stored.
    const raw = JSON.stringify(inventory.assets.map((a) => a.raw));
    expect(raw).not.toContain('sk-live-should-never-be-stored');
    expect(raw).not.toContain('hunter2');

    // Every action sent is in the generated read-only policy.
    const policy = new Set(awsReadActions());
    for (const action of sent) if (action !== 'sts:GetCallerIdentity') expect(policy.has(action), action).toBe(true);

    // The cross-cloud lineage rule finds the path without any AWS-specific code.
    const assets = inventory.assets.map((a) => AssetSchema.parse(a));
    const graph = new AssetGraph(assets, inventory.edges);
    const findings = await evaluateOne(lineageRule, graph.get(ids.endpoint)!, graph, 5_000);
    expect(findings!.filter((f) => f.status === 'fail')).toEqual([
      expect.objectContaining({
        status: 'fail',
        path: [ids.endpoint, ids.config, ids.model, ids.job, ids.trainingBucket],
        message: 'Public endpoint fraud-endpoint serves model fraud-model, trained on data in storage ml-training-data, which is readable and writable by anyone.',
      }),
    ]);
  });
});
