import rule from '../../../../rules/azure/key-vault/public-network-access.js';
import { testRule } from '../../../support/rule-tester.js';
import { factCases, VAULT } from '../_support.js';

testRule(rule, factCases('key-vault', VAULT, 'publicNetworkAccess', false, true, 'open', { facts: { mlRelated: true } }));
