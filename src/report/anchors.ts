import { createHash } from 'node:crypto';

/**
 * An HTML id for a cloud-controlled key (an ARN, an Azure resource id): `<prefix>-` and 12 hex
 * digits of its SHA-1, so the id has no spaces, quotes or URL syntax whatever the cloud returned,
 * and stays the same from scan to scan.
 */
export function anchorOf(prefix: string, key: string): string {
  return `${prefix}-${createHash('sha1').update(key, 'utf8').digest('hex').slice(0, 12)}`;
}

/** The inventory row of an asset. */
export const assetAnchor = (assetId: string): string => anchorOf('asset', assetId);

/** The gap-table row of a framework control. */
export const controlAnchor = (framework: string, controlId: string): string => anchorOf('ctl', `${framework}|${controlId}`);
