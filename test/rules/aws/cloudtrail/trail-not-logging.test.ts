import rule from '../../../../rules/aws/cloudtrail/trail-not-logging.js';
import { testRule } from '../../../support/rule-tester.js';
import { TRAIL, awsAsset } from '../_support.js';

testRule(rule, {
  valid: [{ name: 'logging', asset: awsAsset('audit-trail', TRAIL, { facts: { loggingEnabled: true } }) }],
  invalid: [
    { name: 'stopped', asset: awsAsset('audit-trail', TRAIL, { facts: { loggingEnabled: false } }), expected: [{ status: 'fail', messageId: 'stopped' }] },
    { name: 'status not read', asset: awsAsset('audit-trail', TRAIL), expected: [{ status: 'unknown' }] },
  ],
});
