// Helpers shared by the Azure rules (not a rule: the registry skips files starting with `_`).
import type { Asset } from '../../src/model/index.js';
import { hasNativeType } from '../_lib/provider-rule.js';
import { recordString } from '../_lib/raw.js';

export const ML_COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';

/** Compute instances and clusters: the compute types whose nodes Azure ML runs (attached compute is judged where it lives). */
export function isNodeCompute(asset: Asset): boolean {
  const type = recordString(asset, 'properties', 'computeType');
  return hasNativeType(asset, 'azure', [ML_COMPUTE]) && (type === 'ComputeInstance' || type === 'AmlCompute');
}

/** Compute instances: the one Azure ML compute type that runs setup scripts (creation and startup). */
export function isComputeInstance(asset: Asset): boolean {
  return hasNativeType(asset, 'azure', [ML_COMPUTE]) && recordString(asset, 'properties', 'computeType') === 'ComputeInstance';
}
