import { providerRule } from '../../_lib/provider-rule.js';
import { ML_COMPUTE } from '../_lib.js';
import { recordValue, recordString } from '../../_lib/raw.js';

export default providerRule({
  meta: {
    id: 'azure/machine-learning/compute-instance-personal',
    title: 'Azure ML compute instance is not assigned to a single user',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['compute'],
    rationale:
      'A shared compute instance runs every user\'s notebooks under one identity and file system: one user can read another\'s tokens, data and code, and actions cannot be attributed.',
    remediation: {
      text: 'Create compute instances with personal authorization, an assigned user, and application sharing policy Personal.',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-create-compute-instance#assign-to-another-user',
    },
    references: { catalog: ['AZ-ML-CMP-07'], mcsb: ['PA-7'] },
    messages: {
      personal: 'Compute instance {{name}} is assigned to one user.',
      shared: 'Compute instance {{name}} is shared ({{policy}}).',
    },
  },
  provider: 'azure',
  nativeTypes: [ML_COMPUTE],
  applies: (asset) => recordString(asset, 'properties', 'computeType') === 'ComputeInstance',
  evaluate(asset, ctx) {
    const inner = recordValue(asset, 'properties', 'properties') as Record<string, unknown> | undefined;
    if (!inner || (inner.applicationSharingPolicy === undefined && inner.computeInstanceAuthorizationType === undefined)) {
      return ctx.unknown(['raw.properties.properties.applicationSharingPolicy']);
    }
    const policy = String(inner.applicationSharingPolicy ?? 'unset');
    const auth = String(inner.computeInstanceAuthorizationType ?? 'unset');
    const evidence = { applicationSharingPolicy: policy, computeInstanceAuthorizationType: auth };
    const personal = policy === 'Personal' && auth.toLowerCase() === 'personal';
    return personal ? ctx.pass('personal', { evidence }) : ctx.fail('shared', { evidence, data: { policy: `sharing ${policy}, authorization ${auth}` } });
  },
});
