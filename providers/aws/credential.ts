import { redactText } from '../../src/lib/secrets.js';

/** Codes of a GetCallerIdentity that failed before reaching STS: no credential command fixes these. */
const NETWORK = /^(E[A-Z]+|Timeout|ServiceNotInRegion|UnreadableResponse)$/;

/**
 * The one-line user error when the caller cannot be identified: the SDK's whole message (secrets
 * redacted, never cut short), then the command that fixes it: `aws sso login` for an IAM Identity
 * Center session, `aws configure` for access keys, or a profile that has credentials.
 */
export function callerErrorMessage(code: string, error: unknown, profile?: string): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const message = redactText(raw, { loose: true }).replace(/\s+/g, ' ').trim() || 'no credentials found';
  return `aws: cannot identify the caller (sts:GetCallerIdentity, ${code}): ${message} (to fix: ${fixFor(code, message, profile)})`;
}

function fixFor(code: string, message: string, profile: string | undefined): string {
  const withProfile = profile ? ` --profile ${profile}` : '';
  if (NETWORK.test(code)) return 'check the network connection to AWS (HTTPS_PROXY, AWS_ENDPOINT_URL), then run again';
  if (/\bsso\b|identity center/i.test(message)) return `run aws sso login${withProfile}`;
  const other = profile ? `, or give --aws-profile a profile that has credentials` : ', or set AWS_PROFILE (or --aws-profile) to a profile that has credentials';
  return `run aws sso login${withProfile} (IAM Identity Center) or aws configure${withProfile} (access keys)${other}`;
}
