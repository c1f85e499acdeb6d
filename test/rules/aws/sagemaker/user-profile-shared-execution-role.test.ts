import rule from '../../../../rules/aws/sagemaker/user-profile-shared-execution-role.js';
import { testRule } from '../../../support/rule-tester.js';
import { deniedGap } from '../../_lib/fixtures.js';
import { DOMAIN, awsAsset } from '../_support.js';

const PROFILE = 'AWS::SageMaker::UserProfile';
const ROLE_A = 'arn:aws:iam::111122223333:role/studio-a';
const ROLE_B = 'arn:aws:iam::111122223333:role/studio-b';
const domain = awsAsset('workspace', DOMAIN);
const alice = awsAsset('identity', PROFILE, { name: 'd-1/alice' });
const bob = awsAsset('identity', PROFILE, { name: 'd-1/bob' });
const carol = awsAsset('identity', PROFILE, { name: 'd-1/carol' });

const contains = (p: { id: string }) => ({ from: domain.id, to: p.id, kind: 'contains' as const });
const assumes = (p: { id: string }, role: string) => ({ from: p.id, to: role, kind: 'assumes' as const });

testRule(rule, {
  valid: [
    {
      name: 'each profile its own role',
      asset: alice,
      related: [domain, bob],
      edges: [contains(alice), contains(bob), assumes(alice, ROLE_A), assumes(bob, ROLE_B)],
    },
  ],
  invalid: [
    {
      name: 'three profiles, one role',
      asset: alice,
      related: [domain, bob, carol],
      edges: [contains(alice), contains(bob), contains(carol), assumes(alice, ROLE_A), assumes(bob, ROLE_A), assumes(carol, ROLE_A)],
      expected: [{ status: 'fail', messageId: 'shared', message: `User profile d-1/alice runs as role ${ROLE_A}, shared with 2 other profile(s) of its domain.` }],
    },
    { name: 'role not known', asset: carol, related: [domain], edges: [contains(carol)], expected: [{ status: 'unknown' }] },
    {
      name: 'another profile of the domain has a role nobody could read',
      asset: alice,
      related: [domain, bob],
      edges: [contains(alice), contains(bob), assumes(alice, ROLE_A)],
      expected: [{ status: 'unknown', missingFacts: ['execution role of other profiles'], evidence: { roleNotRead: [bob.id] } }],
    },
    {
      name: 'domain not read: the other profile is still found through its edges, and its role is unknown',
      asset: alice,
      related: [bob],
      edges: [contains(alice), contains(bob), assumes(alice, ROLE_A)],
      expected: [{ status: 'unknown', evidence: { roleNotRead: [bob.id] } }],
    },
    {
      name: 'no profile shares the role, but a coverage gap hid user profiles in the region',
      asset: alice,
      related: [domain, bob],
      edges: [contains(alice), contains(bob), assumes(alice, ROLE_A), assumes(bob, ROLE_B)],
      gaps: [deniedGap(alice, ['identity'])],
      expected: [{ status: 'unknown', missingFacts: ['identity'] }],
    },
  ],
});
