import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  type GetKeyPolicyCommandInput,
  type GetKeyPolicyResponse,
  GetKeyRotationStatusCommand,
  type GetKeyRotationStatusResponse,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import type { Facts } from '../../../src/model/index.js';
import { defineCollector, detail } from '../collector.js';
import { op } from '../operations.js';
import type { Linker } from '../runner.js';
import { externalPrincipals, parsePolicy } from '../../../src/lib/aws-policy.js';

type KeyRecord = KeyMetadata & { Ref?: string };

/** KMS keys that encrypt ML assets: who manages them, rotation, and their key policy. */
export const keys = defineCollector<KeyRecord>({
  name: 'kms/keys',
  kind: 'kms-key',
  nativeType: 'AWS::KMS::Key',
  scope: 'regional',
  phase: 3,
  refs: {
    match: (ref, scope) => ref.startsWith(`arn:${scope.partition}:kms:${scope.region}:${scope.account}:`),
    op: op('kms', DescribeKeyCommand),
    input: (refs) => ({ KeyId: refs[0] }),
    items: (o, refs) => (o.KeyMetadata ? [{ ...o.KeyMetadata, Ref: refs[0] }] : []),
    absent: ['NotFoundException'],
  },
  details: [
    detail<KeyRecord, { KeyId: string | undefined }, GetKeyRotationStatusResponse>({
      key: 'rotation',
      op: op('kms', GetKeyRotationStatusCommand),
      when: (r) => r.KeyManager === 'CUSTOMER' && r.KeySpec === 'SYMMETRIC_DEFAULT' && r.Origin !== 'EXTERNAL',
      input: (r) => ({ KeyId: r.Arn }),
    }),
    detail<KeyRecord, GetKeyPolicyCommandInput, GetKeyPolicyResponse>({
      key: 'policy',
      op: op('kms', GetKeyPolicyCommand),
      when: (r) => r.KeyManager === 'CUSTOMER',
      input: (r) => ({ KeyId: r.Arn ?? '', PolicyName: 'default' }),
    }),
  ],
  normalize(r, ctx) {
    const facts: Facts = { mlRelated: true };
    if (r.KeyManager === 'CUSTOMER') facts.keyManager = 'customer';
    if (r.KeyManager === 'AWS') {
      facts.keyManager = 'provider';
      facts.keyRotation = true; // AWS-managed keys rotate every year, not configurable
    }
    const rotation = ctx.details.rotation as GetKeyRotationStatusResponse | undefined;
    if (rotation) facts.keyRotation = rotation.KeyRotationEnabled === true;
    const policy = ctx.details.policy as GetKeyPolicyResponse | undefined;
    const statements = policy ? parsePolicy(policy.Policy) : undefined;
    if (statements) facts.externalPrincipals = externalPrincipals(statements, ctx.account);
    const aliases = r.Ref && r.Ref !== r.Arn ? [r.Ref] : [];
    return { id: r.Arn!, name: r.Ref?.includes('alias/') ? r.Ref.split(':').pop()! : r.KeyId!, facts, aliases };
  },
});

/**
 * A resource naming a key was provisionally called customer-encrypted; once the key is seen to be
 * AWS-managed it is platform encryption.
 */
export const correctAwsManagedKeys: Linker = ({ assets, edges }) => {
  const byId = new Map(assets.map((a) => [a.id, a]));
  for (const e of edges) {
    if (e.kind !== 'encrypted-by') continue;
    const key = byId.get(e.to);
    const owner = byId.get(e.from);
    if (key?.kind === 'kms-key' && key.facts?.keyManager === 'provider' && owner?.facts?.encryption === 'cmk') {
      owner.facts = { ...owner.facts, encryption: 'platform' };
    }
  }
};

export const kmsCollectors = [keys];
