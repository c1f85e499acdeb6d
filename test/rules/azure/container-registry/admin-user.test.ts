import rule from '../../../../rules/azure/container-registry/admin-user.js';
import { testRule } from '../../../support/rule-tester.js';
import { factCases, REGISTRY } from '../_support.js';

testRule(rule, factCases('container-registry', REGISTRY, 'localAuthEnabled', false, true, 'enabled', { facts: { mlRelated: true } }));
