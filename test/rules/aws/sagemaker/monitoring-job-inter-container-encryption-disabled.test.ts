import rule from '../../../../rules/aws/sagemaker/monitoring-job-inter-container-encryption-disabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { awsWireAsset, patched, wire } from '../../../support/wire-assets.js';

type JobType = 'DataQuality' | 'ModelBias' | 'ModelQuality';
const COLLECTOR: Record<JobType, string> = {
  DataQuality: 'sagemaker/data-quality-job-definitions',
  ModelBias: 'sagemaker/model-bias-job-definitions',
  ModelQuality: 'sagemaker/model-quality-job-definitions',
};

/** A job definition from its recorded List* and Describe* answers (one instance, traffic not encrypted), `describe` patched in; `false`: not described. */
function job(type: JobType, describe: Record<string, unknown> | false = {}) {
  const details = describe === false ? {} : { describe: patched(wire(`aws/sagemaker/Describe${type}JobDefinition.json`), describe) };
  return awsWireAsset(COLLECTOR[type], wire(`aws/sagemaker/List${type}JobDefinitions.json`), details);
}
const instances = (count: number) => ({ JobResources: { ClusterConfig: { InstanceCount: count } } });

testRule(rule, {
  valid: [
    { name: 'encrypted', asset: job('ModelQuality', { NetworkConfig: { EnableInterContainerTrafficEncryption: true } }) },
    { name: 'single-instance bias job (SageMaker.15 exemption)', asset: job('ModelBias', instances(1)) },
  ],
  invalid: [
    { name: 'two-instance bias job', asset: job('ModelBias', instances(2)), expected: [{ status: 'fail', messageId: 'plain' }] },
    { name: 'single-instance data-quality job (no exemption)', asset: job('DataQuality', instances(1)), expected: [{ status: 'fail', messageId: 'plain' }] },
    { name: 'not read', asset: job('DataQuality', false), expected: [{ status: 'unknown' }] },
  ],
});
