/**
 * Azure ML asset references → ARM ids, so data, model and job references become edges.
 * Forms seen on the wire:
 *   /subscriptions/…/workspaces/ws/models/m/versions/1   (ARM id, also prefixed `azureml:`)
 *   azureml:m:1                                          (short form, same workspace)
 *   azureml://subscriptions/…/workspaces/ws/datastores/d/paths/p
 *   azureml://datastores/d/paths/p                       (same workspace)
 *   https://acct.blob.core.windows.net/c/p, abfss://fs@acct.dfs.core.windows.net/p, wasbs://c@acct.blob.…
 */

/** Marker for a storage account known only by name; the linker resolves it (names are unique per cloud). */
export const STORAGE_BY_NAME = 'azure-storage-account-name:';

export function workspaceIdOf(id: string): string | undefined {
  const m = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/]+)/i.exec(id);
  return m?.[1];
}

/** A model or data asset reference → the ARM id of the version it names. */
export function assetVersionId(ref: string, workspaceId: string, collection: 'models' | 'data'): string | undefined {
  const value = ref.trim();
  const arm = /^(?:azureml:)?(\/subscriptions\/.+)$/i.exec(value);
  if (arm) return arm[1];
  const long = /^azureml:\/\/subscriptions\/([^/]+)\/resource[gG]roups\/([^/]+)\/(?:providers\/Microsoft\.MachineLearningServices\/)?workspaces\/([^/]+)\/(models|data)\/([^/]+)\/versions\/([^/]+)$/i.exec(value);
  if (long) {
    return `/subscriptions/${long[1]}/resourceGroups/${long[2]}/providers/Microsoft.MachineLearningServices/workspaces/${long[3]}/${long[4]}/${long[5]}/versions/${long[6]}`;
  }
  const short = /^azureml:([^:/@]+):([^:/@]+)$/i.exec(value);
  if (short) return `${workspaceId}/${collection}/${short[1]}/versions/${short[2]}`;
  return undefined;
}

/** Where a data or model URI points: a datastore (ARM id) or a storage account (by-name marker). */
export function storageTargetOf(uri: string, workspaceId: string): string | undefined {
  const value = uri.trim();
  const longStore = /^azureml:\/\/subscriptions\/([^/]+)\/resource[gG]roups\/([^/]+)\/(?:providers\/Microsoft\.MachineLearningServices\/)?workspaces\/([^/]+)\/datastores\/([^/]+)/i.exec(value);
  if (longStore) {
    return `/subscriptions/${longStore[1]}/resourceGroups/${longStore[2]}/providers/Microsoft.MachineLearningServices/workspaces/${longStore[3]}/datastores/${longStore[4]}`;
  }
  const shortStore = /^azureml:\/\/datastores\/([^/]+)/i.exec(value);
  if (shortStore) return `${workspaceId}/datastores/${shortStore[1]}`;
  const account = storageAccountNameOf(value);
  return account ? `${STORAGE_BY_NAME}${account}` : undefined;
}

/** Storage account name from a blob / dfs / file URL (any Azure cloud suffix). */
export function storageAccountNameOf(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    const host = url.hostname.toLowerCase();
    const m = /^([a-z0-9]{3,24})\.(?:blob|dfs|file)\.core\./.exec(host);
    return m?.[1];
  } catch {
    return undefined;
  }
}
