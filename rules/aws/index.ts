// AWS-specific rules. A test checks this list equals the rule files under rules/aws.
import type { AnyRule } from '../../src/engine/index.js';

export const awsRules: readonly AnyRule[] = [];
