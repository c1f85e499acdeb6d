import { defineRule } from '../../../src/engine/index.js';
import { judgeFact, ML_COMPUTE, isType, rawString } from '../_lib.js';

export default defineRule({
  meta: {
    id: 'azure/machine-learning/compute-root-access',
    title: 'Azure ML compute instance users get root',
    family: 'rbac',
    severity: 'medium',
    appliesTo: ['compute'],
    providers: ['azure'],
    rationale:
      'Root on a compute instance lets its user read other processes\' tokens, disable monitoring agents and change the image; notebook users rarely need it.',
    remediation: {
      text: 'Create compute instances with enableRootAccess false.',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-create-compute-instance',
    },
    controls: { 'ms-ai-risk': ['5.2.4'], 'mitre-atlas': ['AML.M0005'] },
    references: { catalog: ['AZ-ML-CMP-07'], mcsb: ['PA-7'] },
    messages: {
      noRoot: 'Compute instance {{name}} users do not get root.',
      root: 'Compute instance {{name}} gives its user root access.',
    },
  },
  applies: (asset) => isType(asset, ML_COMPUTE) && rawString(asset, 'properties', 'computeType') === 'ComputeInstance',
  evaluate(asset, ctx) {
    return judgeFact(asset, ctx, 'rootAccess', (v) => !v, { pass: 'noRoot', fail: 'root' });
  },
});
