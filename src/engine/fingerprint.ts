import { hash } from 'node:crypto';

/** Prefix and version of the finding fingerprint recipe; a new recipe gets a new version. */
export const FINGERPRINT_PREFIX = 'mlscan/v1/';

/** Every fingerprint's length: the prefix and 64 hex digits. */
export const FINGERPRINT_LENGTH = FINGERPRINT_PREFIX.length + 64;

/** The recipe's two entry points (see findingFingerprint and fingerprinterFor). */
export interface FingerprintRecipe {
  findingFingerprint(ruleId: string, assetId: string, concern?: string, subject?: string): string;
  /**
   * `assetIdIsPlain`: what `isPlainJsonText(assetId)` answered, for a caller that asks once per
   * asset rather than once per finding (an asset has a finding of each rule); left out, it is asked.
   */
  fingerprinterFor(ruleId: string, concern?: string): (assetId: string, subject?: string, assetIdIsPlain?: boolean) => string;
  /** True when JSON.stringify would write `value` between quotes unchanged. */
  isPlainJsonText(value: string): boolean;
}

/**
 * The fingerprint recipe as one self-contained function of the SHA-256 hex digest: it refers to
 * nothing outside its body, so the fingerprint worker (fingerprint-queue.ts) runs this very code,
 * sent as source text, and cannot drift from it.
 */
export function fingerprintRecipe(sha256Hex: (text: string) => string): FingerprintRecipe {
  const prefix = 'mlscan/v1/';
  // Characters JSON.stringify writes as escapes: quote, backslash, C0 controls and (unpaired) surrogates.
  const needsJsonEscape = /["\\\u0000-\u001f\ud800-\udfff]/;
  // True when JSON.stringify would write `value` between quotes unchanged.
  const isPlainJsonText = (value: string) => !needsJsonEscape.test(value);
  const findingFingerprint = (ruleId: string, assetId: string, concern?: string, subject?: string): string => {
    const first = concern ?? ruleId;
    let text: string;
    if (isPlainJsonText(first) && isPlainJsonText(ruleId) && isPlainJsonText(assetId) && (subject === undefined || isPlainJsonText(subject))) {
      // The JSON text JSON.stringify would write, without the array and the escaping pass it costs per finding.
      text = `["${first}","${ruleId}","${assetId}"${subject === undefined ? '' : `,"${subject}"`}]`;
    } else {
      const parts = [first, ruleId, assetId];
      if (subject !== undefined) parts.push(subject);
      text = JSON.stringify(parts);
    }
    return prefix + sha256Hex(text);
  };
  // findingFingerprint for one rule, with the rule's part of the JSON text checked and built once.
  const fingerprinterFor = (ruleId: string, concern?: string): ((assetId: string, subject?: string, assetIdIsPlain?: boolean) => string) => {
    const first = concern ?? ruleId;
    if (!isPlainJsonText(first) || !isPlainJsonText(ruleId)) return (assetId, subject) => findingFingerprint(ruleId, assetId, concern, subject);
    const head = `["${first}","${ruleId}","`;
    return (assetId, subject, assetIdIsPlain = isPlainJsonText(assetId)) => {
      if (!assetIdIsPlain || (subject !== undefined && !isPlainJsonText(subject))) return findingFingerprint(ruleId, assetId, concern, subject);
      const text = subject === undefined ? `${head}${assetId}"]` : `${head}${assetId}","${subject}"]`;
      return prefix + sha256Hex(text);
    };
  };
  return { findingFingerprint, fingerprinterFor, isPlainJsonText };
}

// One-shot `hash` (strings are hashed as UTF-8): half the cost of a Hash object per finding.
const recipe = fingerprintRecipe((text) => hash('sha256', text, 'hex'));

/**
 * Stable identity of a finding: `mlscan/v1/` followed by the lowercase hex SHA-256 of the UTF-8
 * JSON text `JSON.stringify([concern, ruleId, assetId])`, where `concern` is the rule's declared
 * concern or, without one, its id; when the rule gave several verdicts for the asset and named
 * what each is about (`subject`: a variant, a served model, one failing aspect), the array has the
 * subject as a fourth member. Severity, status, message, evidence and finding order do not enter
 * it, so it survives rule text and severity changes and re-ordering.
 */
export const findingFingerprint: FingerprintRecipe['findingFingerprint'] = recipe.findingFingerprint;

/**
 * findingFingerprint for one rule, with the rule's part of the JSON text checked and built once:
 * a scan computes one fingerprint per finding, hundreds of thousands per rule set. Same result.
 */
export const fingerprinterFor: FingerprintRecipe['fingerprinterFor'] = recipe.fingerprinterFor;
