import { providerRule } from '../../_lib/provider-rule.js';
import { recordString } from '../../_lib/raw.js';
import { AI_DEPLOYMENT } from './_content-filters.js';

/** Deployment types whose prompts may be processed outside the resource's region: globally, or within a data zone. */
const OUTSIDE_REGION = /^(global|datazone)/i;

export default providerRule({
  meta: {
    id: 'azure/ai-services/deployment-global-processing',
    title: 'Azure OpenAI deployment may process prompts outside the resource\'s region',
    family: 'segmentation',
    severity: 'low',
    appliesTo: ['deployment'],
    rationale:
      'Global and data-zone deployment types route each request to whichever region has capacity (anywhere, or within the US or EU zone); data at rest stays in the resource\'s geography, but prompts and completions are processed elsewhere, which data-residency commitments may forbid.',
    remediation: {
      text: 'Use a Standard (regional) or regional provisioned deployment for workloads with data-residency requirements; keep Global and DataZone types to data cleared for processing outside the region.',
      cli: 'az cognitiveservices account deployment create --name <account> --resource-group <rg> --deployment-name <deployment> --model-name <model> --model-version <version> --model-format OpenAI --sku-name Standard --sku-capacity <n>',
      terraform: 'resource "azurerm_cognitive_deployment" "gpt" {\n  sku {\n    name = "Standard"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/deployment-types',
    },
    messages: {
      regional: 'Deployment {{name}} processes prompts in its own region (type {{sku}}).',
      outside: 'Deployment {{name}} may process prompts outside its region (type {{sku}}).',
    },
  },
  provider: 'azure',
  nativeTypes: [AI_DEPLOYMENT],
  evaluate(asset, ctx) {
    const sku = recordString(asset, 'sku', 'name');
    if (sku === undefined) return ctx.unknown(['raw.sku.name']);
    const evidence = { sku };
    return OUTSIDE_REGION.test(sku) ? ctx.fail('outside', { evidence, data: { sku } }) : ctx.pass('regional', { evidence, data: { sku } });
  },
});
