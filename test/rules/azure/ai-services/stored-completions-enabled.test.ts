import rule from '../../../../rules/azure/ai-services/stored-completions-enabled.js';
import { testRule } from '../../../support/rule-tester.js';
import { aiAccount } from './_wire.js';

testRule(rule, {
  valid: [{ name: 'stored completions disabled', asset: aiAccount({ properties: { storedCompletionsDisabled: true } }) }],
  invalid: [
    { name: 'recorded account: flag absent', asset: aiAccount(), expected: [{ status: 'fail', message: 'AI Services account oai-fraud lets callers store prompts and completions in the service.' }] },
    { name: 'not read', asset: aiAccount({ properties: undefined }), expected: [{ status: 'unknown', missingFacts: ['raw.properties.storedCompletionsDisabled'] }] },
  ],
  notApplicable: [{ name: 'a Speech account', asset: aiAccount({ kind: 'SpeechServices' }) }],
});
