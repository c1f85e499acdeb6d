import { defineRule } from '../../src/engine/index.js';
import { messageList } from '../_lib/message-list.js';

/** Modes backed by an identity provider: per-caller, short-lived, revocable, audited per principal. */
const IDENTITY_MODES = new Set(['token', 'aad', 'iam', 'sso']);

export default defineRule({
  meta: {
    id: 'rbac/endpoint-key-auth',
    title: 'Inference endpoint accepts static keys instead of identity tokens',
    family: 'rbac',
    concern: 'endpoint-key-auth',
    severity: 'high',
    appliesTo: ['endpoint'],
    rationale:
      'Static endpoint keys are shared, long-lived and not tied to a caller, so a leaked key gives unlimited, unattributable queries (model extraction, inversion); identity tokens expire, are scoped per principal and show who called.',
    remediation: {
      text: 'Azure: create online endpoints with auth_mode aad_token (Entra ID) and grant callers the endpoint scoring role. AWS: SageMaker runtime uses IAM SigV4; make sure no proxy (API Gateway with API keys, Lambda URL with auth NONE) fronts the endpoint with static keys.',
      cli: 'az ml online-endpoint create --name <endpoint> --resource-group <rg> --workspace-name <workspace> --file endpoint.yml --set auth_mode=aad_token',
      url: 'https://learn.microsoft.com/azure/machine-learning/how-to-authenticate-online-endpoint',
    },
    references: { catalog: ['AZ-ML-EP-01'], mcsb: ['IM-1', 'PA-7'] },
    messages: {
      anonymous: 'Endpoint {{name}} accepts unauthenticated requests.',
      keyAuth: 'Endpoint {{name}} accepts static keys ({{modes}}).',
      identityAuth: 'Endpoint {{name}} accepts only identity tokens ({{modes}}).',
    },
  },
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('authModes');
    if (gap) return gap;
    const modes = asset.facts.authModes!.map((m) => m.toLowerCase());
    const evidence = { authModes: modes };
    const data = { modes: messageList(modes) };
    if (modes.includes('none')) return ctx.fail('anonymous', { evidence, data });
    if (modes.includes('key')) return ctx.fail('keyAuth', { evidence, data });
    // An empty or unrecognised list proves nothing about how callers authenticate.
    if (modes.length === 0 || !modes.every((m) => IDENTITY_MODES.has(m))) return ctx.unknown(['authModes'], { evidence });
    return ctx.pass('identityAuth', { evidence, data });
  },
});
