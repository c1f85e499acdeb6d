import rule from '../../../../rules/aws/bedrock/agent-code-interpreter-enabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { bedrockAsset } from './_support.js';

const group = (describe: Record<string, unknown> | false = {}) => bedrockAsset('bedrock-agent/action-groups', { describe });
const interpreter = { parentActionSignature: 'AMAZON.CodeInterpreter', actionGroupExecutor: undefined, functionSchema: undefined };

testRule(rule, {
  valid: [
    { name: 'recorded Lambda action group', asset: group() },
    { name: 'code interpreter disabled', asset: group({ ...interpreter, actionGroupState: 'DISABLED' }) },
  ],
  invalid: [
    { name: 'code interpreter enabled', asset: group(interpreter), expected: [{ status: 'fail', message: 'Action group ticketing lets its agent write and run code.' }] },
    { name: 'not read', asset: group(false), expected: [{ status: 'unknown' }] },
  ],
});
