import rule from '../../../../rules/aws/bedrock/guardrail-sexual-filter-weak.js';
import { testRule } from '../../../support/rule-tester.js';
import { contentCategoryCases } from './_support.js';

testRule(rule, contentCategoryCases('SEXUAL'));
