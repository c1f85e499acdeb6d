import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  type GetKeyPolicyCommandInput,
  type GetKeyPolicyResponse,
  GetKeyRotationStatusCommand,
  type GetKeyRotationStatusResponse,
  type KeyMetadata,
} from '@aws-sdk/client-kms';
import type { AssetInput, Facts } from '../../../src/model/index.js';
import { parseArn } from '../arn.js';
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
  facts: ['externalPrincipals', 'keyRotation', 'keyManager', 'mlRelated'],
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
 * Finishes `encryption` on resources whose stores all name KMS keys (see `encryptionOf`): `cmk`
 * when every key they are encrypted by was read and is customer-managed, `platform` when one is
 * AWS-managed, unknown while a key was not read (DescribeKey denied, a region not scanned).
 */
export const resolveKeyEncryption: Linker = ({ assets, edges }) => {
  const byId = new Map(assets.map((a) => [a.id, a]));
  const keysOf = new Map<string, string[]>();
  for (const e of edges) if (e.kind === 'encrypted-by') keysOf.set(e.from, [...(keysOf.get(e.from) ?? []), e.to]);
  for (const owner of assets) {
    if (owner.facts?.encryption !== undefined || owner.facts?.encryptionKeyId === undefined) continue;
    const managers = (keysOf.get(owner.id) ?? []).map((key) => keyManagerOf(key, byId.get(key), owner.account));
    if (managers.includes('provider')) owner.facts = { ...owner.facts, encryption: 'platform' };
    else if (managers.length > 0 && managers.every((m) => m === 'customer')) owner.facts = { ...owner.facts, encryption: 'cmk' };
  }
};

/** Who manages a key: its record says; a key of another account is the customer's (AWS-managed keys cannot be used across accounts). */
function keyManagerOf(arn: string, key: AssetInput | undefined, account: string): Facts['keyManager'] {
  if (key?.kind === 'kms-key') return key.facts?.keyManager;
  const owner = parseArn(arn)?.account;
  return owner && owner !== account ? 'customer' : undefined;
}

export const kmsCollectors = [keys];
