import rule from '../../../rules/rbac/ml-identity-admin-privilege.js';
import { makeAsset } from '../../support/assets.js';
import { testRule } from '../../support/rule-tester.js';
import { usedByMl } from '../_lib/fixtures.js';

testRule(rule, {
  valid: [
    {
      name: 'execution role scoped to its buckets',
      ...usedByMl(makeAsset({ kind: 'role', provider: 'aws', facts: { privilege: 'scoped' } }), 'assumes', 'training-job'),
    },
    { name: 'ML-tagged managed identity with read access', asset: makeAsset({ kind: 'identity', facts: { mlRelated: true, privilege: 'read' } }) },
  ],
  invalid: [
    {
      name: 'notebook execution role with AdministratorAccess',
      ...usedByMl(
        makeAsset({ kind: 'role', provider: 'aws', name: 'nb-exec', facts: { privilege: 'admin', roleName: 'AdministratorAccess' } }),
        'assumes',
        'notebook',
      ),
      expected: [
        { status: 'fail', messageId: 'admin', message: 'ML role nb-exec has administrator privilege.', evidence: { privilege: 'admin', roleName: 'AdministratorAccess' } },
      ],
    },
    {
      name: 'privilege not visible',
      ...usedByMl(makeAsset({ kind: 'identity', facts: {} }), 'assumes'),
      expected: [{ status: 'unknown', missingFacts: ['privilege'] }],
    },
  ],
  notApplicable: [{ name: 'admin role no ML workload assumes', asset: makeAsset({ kind: 'role', facts: { privilege: 'admin' } }) }],
});
