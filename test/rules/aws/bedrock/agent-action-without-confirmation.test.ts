import rule from '../../../../rules/aws/bedrock/agent-action-without-confirmation.js';
import { testRule } from '../../../support/rule-tester.js';
import { bedrockAsset } from './_support.js';

const group = (describe: Record<string, unknown> | false = {}) => bedrockAsset('bedrock-agent/action-groups', { describe });
const LAMBDA = 'arn:aws:lambda:eu-west-1:111122223333:function:support-ticketing';

testRule(rule, {
  valid: [
    { name: 'every function asks', asset: group({ functionSchema: { functions: [{ name: 'open_ticket', requireConfirmation: 'ENABLED' }] } }) },
    { name: 'returns control to the application (no Lambda)', asset: group({ actionGroupExecutor: { lambda: undefined, customControl: 'RETURN_CONTROL' } }) },
  ],
  invalid: [
    { name: 'recorded group: two functions without confirmation', asset: group(), expected: [{ status: 'fail', message: `Action group ticketing calls Lambda ${LAMBDA} for open_ticket, read_ticket without user confirmation.` }] },
    { name: 'API-schema group', asset: group({ functionSchema: undefined }), expected: [{ status: 'not_applicable' }] },
    { name: 'not read', asset: group(false), expected: [{ status: 'unknown' }] },
  ],
});
