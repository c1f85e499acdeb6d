import type { Collector } from '../collector.js';
import { authorizationCollectors } from './authorization.js';
import { cognitiveServicesCollectors } from './cognitive-services.js';
import { containerRegistryCollectors } from './container-registry.js';
import { identityCollectors } from './identity.js';
import { keyVaultCollectors } from './key-vault.js';
import { machineLearningCollectors } from './machine-learning.js';
import { monitorCollectors } from './monitor.js';
import { networkCollectors } from './network.js';
import { storageCollectors } from './storage.js';

/** Every Azure collector. `mlscan permissions azure` and the request-walk test read this list. */
export const azureCollectors: readonly Collector[] = [
  ...machineLearningCollectors,
  ...cognitiveServicesCollectors,
  ...storageCollectors,
  ...keyVaultCollectors,
  ...containerRegistryCollectors,
  ...networkCollectors,
  ...authorizationCollectors,
  ...identityCollectors,
  ...monitorCollectors,
];
