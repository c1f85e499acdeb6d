import { providerRule } from '../../_lib/provider-rule.js';
import { ML_COMPUTE } from '../_lib.js';
import { recordValue, recordString } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/compute-latest-os-image',
    title: 'Azure ML compute instance does not run the latest OS image',
    family: 'integrity',
    severity: 'medium',
    appliesTo: ['compute'],
    rationale:
      'Compute instances are not patched in place; one on an old image keeps known vulnerabilities in the OS and preinstalled ML packages until it is recreated.',
    remediation: {
      text: 'Recreate compute instances whose osImageMetadata.isLatestOsImageVersion is false (or schedule recreation).',
      url: 'https://learn.microsoft.com/azure/machine-learning/concept-vulnerability-management',
    },
    references: { catalog: ['AZ-ML-CMP-06'], 'azure-policy': ['f110a506-2dcb-422e-bcea-d533fc8c35e2'], mcsb: ['PV-6'] },
    messages: {
      latest: 'Compute instance {{name}} runs the latest OS image.',
      stale: 'Compute instance {{name}} runs image {{current}}; {{latest}} is available.',
    },
  },
  provider: 'azure',
  nativeTypes: [ML_COMPUTE],
  applies: (asset) => recordString(asset, 'properties', 'computeType') === 'ComputeInstance',
  evaluate(asset, ctx) {
    const meta = recordValue(asset, 'properties', 'properties', 'osImageMetadata') as Record<string, unknown> | undefined;
    if (typeof meta?.isLatestOsImageVersion !== 'boolean') return ctx.unknown(['raw.properties.properties.osImageMetadata']);
    const evidence = { ...meta };
    return meta.isLatestOsImageVersion
      ? ctx.pass('latest', { evidence })
      : ctx.fail('stale', { evidence, data: { current: String(meta.currentImageVersion ?? '?'), latest: String(meta.latestImageVersion ?? '?') } });
  },
});
