// The storage accounts and container registries an Azure ML registry keeps its models and
// environments in, per replicated region: `properties.regionDetails[].storageAccountDetails[]` and
// `.acrDetails[]`, each either system-created (in the registry's managed resource group) or
// user-created (https://learn.microsoft.com/rest/api/azureml/registries/get, RegistryRegionArmDetails).
import { arr, str } from '../arm.js';
import type { ArmResource } from '../arm.js';
import type { EdgeSpec } from '../collector.js';

const STORES = [
  { list: 'storageAccountDetails', system: 'systemCreatedStorageAccount', user: 'userCreatedStorageAccount', kind: 'uses-storage' },
  { list: 'acrDetails', system: 'systemCreatedAcrAccount', user: 'userCreatedAcrAccount', kind: 'uses-registry' },
] as const;

/** Registry → every storage account (`uses-storage`) and container registry (`uses-registry`) of every region. */
export function registryStoreEdges(raw: ArmResource): EdgeSpec[] {
  const out = new Map<string, EdgeSpec>();
  for (const region of arr(raw, 'properties', 'regionDetails')) {
    for (const store of STORES) {
      for (const detail of arr(region, store.list)) {
        const id = str(detail, store.system, 'armResourceId', 'resourceId') ?? str(detail, store.user, 'armResourceId', 'resourceId');
        if (id) out.set(`${store.kind} ${id.toLowerCase()}`, { kind: store.kind, to: id });
      }
    }
  }
  return [...out.values()];
}
