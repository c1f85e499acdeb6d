import rule from '../../../../rules/azure/key-vault/diagnostic-logs.js';
import { testRule } from '../../../support/rule-tester.js';
import { factCases, VAULT } from '../_support.js';

testRule(rule, factCases('key-vault', VAULT, 'loggingEnabled', true, false, 'unlogged', { facts: { mlRelated: true } }));
