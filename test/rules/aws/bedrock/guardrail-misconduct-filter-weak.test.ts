import rule from '../../../../rules/aws/bedrock/guardrail-misconduct-filter-weak.js';
import { testRule } from '../../../support/rule-tester.js';
import { contentCategoryCases } from './_support.js';

testRule(rule, contentCategoryCases('MISCONDUCT'));
