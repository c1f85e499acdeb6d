// Azure-specific rules. A test checks this list equals the rule files under rules/azure.
import type { AnyRule } from '../../src/engine/index.js';

export const azureRules: readonly AnyRule[] = [];
