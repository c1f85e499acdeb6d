import rule from '../../../../rules/azure/ai-services/deployment-auto-upgrade.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiDeployment } from './_wire.js';

testRule(rule, {
  valid: [
    { name: 'pinned', asset: aiDeployment({ properties: { versionUpgradeOption: 'NoAutoUpgrade' } }) },
    { name: 'upgrade only when the version retires', asset: aiDeployment({ properties: { versionUpgradeOption: 'OnceCurrentVersionExpired' } }) },
  ],
  invalid: [
    { name: 'recorded deployment: auto-upgrade', asset: aiDeployment(), expected: [{ status: 'fail', message: 'Deployment gpt-4o moves to each new default model version automatically.' }] },
    { name: 'option absent: the documented default', asset: aiDeployment({ properties: { versionUpgradeOption: undefined } }), expected: [{ status: 'fail', messageId: 'automatic' }] },
  ],
});
