import rule from '../../../../rules/azure/container-registry/customer-managed-key.js';
import { testRule } from '../../../support/rule-tester.js';
import { factCases, REGISTRY } from '../_support.js';

testRule(rule, factCases('container-registry', REGISTRY, 'encryption', 'cmk', 'platform', 'platform', { facts: { mlRelated: true } }));
