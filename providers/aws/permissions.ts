import { awsCollectors } from './collectors/index.js';
import { declaredOperations } from './operations.js';
import { scopeOps } from './scope.js';

/** Actions the caller needs in its own account to enter member accounts; not part of the read-only policy. */
const CALLER_ONLY = new Set([scopeOps.assumeRole.action]);
/** Needs no permission (every principal may ask who it is). */
const UNAUTHENTICATED = new Set([scopeOps.getCallerIdentity.action]);

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Array<{ Sid: string; Effect: 'Allow'; Action: string[]; Resource: '*' }>;
}

/** Every IAM action an AWS scan may use, sorted (collectors and scope resolution). */
export function awsReadActions(): string[] {
  void awsCollectors; // importing the collectors registers their operations
  const actions = new Set<string>();
  for (const o of declaredOperations()) {
    if (CALLER_ONLY.has(o.action) || UNAUTHENTICATED.has(o.action)) continue;
    actions.add(o.action);
  }
  return [...actions].sort();
}

/**
 * The minimal read-only IAM policy a scan needs in each scanned account, generated from the
 * collectors' declarations (what `mlscan permissions aws` prints). Attach it to the role named by
 * `--aws-role`; the caller additionally needs `sts:AssumeRole` on that role for member accounts.
 */
export function awsPermissionsPolicy(): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'MlscanReadOnly', Effect: 'Allow', Action: awsReadActions(), Resource: '*' }],
  };
}
