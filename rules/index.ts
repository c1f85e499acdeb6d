// The rule registry. A test checks these lists equal the rule files on disk.
import type { AnyRule } from '../src/engine/index.js';
import { awsRules } from './aws/index.js';
import { azureRules } from './azure/index.js';
import exposureWorkspacePublicNetworkAccess from './exposure/workspace-public-network-access.js';

/** Cross-cloud rules: they read only normalised facts and the graph. */
export const coreRules: readonly AnyRule[] = [exposureWorkspacePublicNetworkAccess];

export const rules: readonly AnyRule[] = [...coreRules, ...awsRules, ...azureRules];
