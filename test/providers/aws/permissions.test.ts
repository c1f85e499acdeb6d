import { describe, expect, it } from 'vitest';
import { awsCollectors } from '../../../providers/aws/collectors/index.js';
import { declaredOperations } from '../../../providers/aws/operations.js';
import { awsPermissionsPolicy } from '../../../providers/aws/permissions.js';
import { scopeOps } from '../../../providers/aws/scope.js';
import { READ_ONLY_ACTION } from './support.js';

describe('awsPermissionsPolicy', () => {
  const policy = awsPermissionsPolicy();
  const allowed = new Set(policy.Statement.flatMap((s) => s.Action));

  it('is one read-only Allow statement on *', () => {
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Allow', Resource: '*' });
    for (const action of allowed) expect(action, action).toMatch(READ_ONLY_ACTION);
  });

  it('covers every command the provider can send, and each command is a List/Describe/Get call', () => {
    const ops = declaredOperations();
    expect(ops.length).toBeGreaterThan(40);
    for (const o of ops) {
      if (o === scopeOps.assumeRole) continue; // the caller enters member accounts; not a read of the scanned account
      expect(o.name, o.name).toMatch(/^(List|Describe|Get)/);
      expect(o.command.name).toBe(`${o.name}Command`);
      if (o === scopeOps.getCallerIdentity) continue; // needs no permission
      expect(allowed.has(o.action), `${o.action} in the policy`).toBe(true);
    }
  });

  it('every collector declares its operations (list or refs, and each detail)', () => {
    const declared = new Set(declaredOperations());
    for (const c of awsCollectors) {
      const ops = [c.list?.op, c.refs?.op, ...(c.details ?? []).map((d) => d.op)].filter((o) => o !== undefined);
      expect(ops.length, c.name).toBeGreaterThan(0);
      for (const o of ops) {
        expect(declared.has(o!), `${c.name}: ${o!.name}`).toBe(true);
        expect(allowed.has(o!.action), `${c.name}: ${o!.action}`).toBe(true);
      }
    }
  });

  it('names S3 permissions as IAM does, not as the operations', () => {
    expect(allowed).toContain('s3:ListAllMyBuckets');
    expect(allowed).toContain('s3:GetEncryptionConfiguration');
    expect(allowed).toContain('s3:GetBucketPublicAccessBlock');
    expect(allowed).toContain('s3:GetAccountPublicAccessBlock');
    expect(allowed).toContain('s3:GetBucketObjectLockConfiguration');
    expect(allowed).not.toContain('s3:ListBuckets');
    expect(allowed).not.toContain('sts:AssumeRole');
  });
});
