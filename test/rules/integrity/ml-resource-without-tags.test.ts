import rule from '../../../rules/integrity/ml-resource-without-tags.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { armWireAsset, awsWireAsset, wire } from '../../support/wire-assets.js';

// A SageMaker model as the collector builds it from the recorded ListModels / DescribeModel answers
// and a ListTags answer (`false`: ListTags was denied, so the tags were not read).
const sagemakerModel = (tags: Array<{ Key: string; Value: string }> | false) =>
  awsWireAsset('sagemaker/models', wire('aws/sagemaker/ListModels.json'), { describe: wire('aws/sagemaker/DescribeModel.json'), ...(tags !== false && { tags: { Tags: tags } }) });
// An Azure compute cluster (ARM body) inside a workspace (ARM body): tags are part of each record.
// `undefined` removes the recorded tags (`patched` merges objects), then `tags` sets the case's own.
const cluster = (tags?: Record<string, string>) => armWireAsset('machine-learning/computes', 'machine-learning/compute-cluster.json', { tags: undefined, ...(tags && { tags }) });
const workspace = (tags?: Record<string, string>) => armWireAsset('machine-learning/workspaces', 'machine-learning/workspace.json', { tags: undefined, ...(tags && { tags }) });
const inWorkspace = (c: { id: string }, ws: { id: string }) => [{ from: ws.id, to: c.id, kind: 'contains' as const }];

const untaggedCluster = cluster();
const taggedWorkspace = workspace({ owner: 'fraud-ml' });
const bareWorkspace = workspace();

testRule(rule, {
  valid: [
    { name: 'SageMaker model with an owner tag', asset: sagemakerModel([{ Key: 'Owner', Value: 'fraud-ml' }]) },
    { name: 'SageMaker model with a user tag after a system one', asset: sagemakerModel([{ Key: 'aws:cloudformation:stack-name', Value: 'ml' }, { Key: 'awsteam', Value: 'fraud-ml' }]) },
    { name: 'untagged cluster in a tagged workspace', asset: untaggedCluster, related: [taggedWorkspace], edges: inWorkspace(untaggedCluster, taggedWorkspace) },
  ],
  invalid: [
    { name: 'SageMaker model with only system tags', asset: sagemakerModel([{ Key: 'aws:cloudformation:stack-name', Value: 'ml' }]), expected: [{ status: 'fail', messageId: 'untagged' }] },
    // System keys in any casing (the check is a case-insensitive expression, not a lower-cased copy).
    { name: 'SageMaker model with only system tags in other casings', asset: sagemakerModel([{ Key: 'AWS:CloudFormation:stack-name', Value: 'ml' }, { Key: 'Aws:createdBy', Value: 'x' }]), expected: [{ status: 'fail', messageId: 'untagged' }] },
    { name: 'untagged cluster in an untagged workspace', asset: untaggedCluster, related: [bareWorkspace], edges: inWorkspace(untaggedCluster, bareWorkspace), expected: [{ status: 'fail', messageId: 'untagged' }] },
    { name: 'tags not read', asset: sagemakerModel(false), expected: [{ status: 'unknown', missingFacts: ['tagsRead'] }] },
  ],
});

// A workspace or data asset is judged by integrity/ml-data-without-owner-or-classification instead.
if (rule.meta.appliesTo.includes(makeAsset({ kind: 'workspace' }).kind)) throw new Error('workspaces belong to the owner/classification rule');
