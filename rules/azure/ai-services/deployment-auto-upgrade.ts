import { providerRule } from '../../_lib/provider-rule.js';
import { recordString, recordValue } from '../../_lib/raw.js';
import { AI_DEPLOYMENT } from './_content-filters.js';

export default providerRule({
  meta: {
    id: 'azure/ai-services/deployment-auto-upgrade',
    title: 'Azure OpenAI deployment switches to a new model version without review',
    family: 'versioning',
    severity: 'medium',
    appliesTo: ['deployment'],
    rationale:
      'With auto-upgrade the service replaces the model behind the deployment when a new default version ships: the application then runs a model nobody evaluated against its prompts, content filter and safety tests, and behaviour can change overnight.',
    remediation: {
      text: 'Pin the model version (versionUpgradeOption NoAutoUpgrade, or OnceCurrentVersionExpired with a tracked retirement date) and upgrade through a reviewed redeployment.',
      cli: 'az cognitiveservices account deployment create --name <account> --resource-group <rg> --deployment-name <deployment> --model-name <model> --model-version <version> --model-format OpenAI --sku-name <sku> --sku-capacity <n>  # then PUT versionUpgradeOption NoAutoUpgrade',
      terraform: 'resource "azurerm_cognitive_deployment" "gpt" {\n  version_upgrade_option = "NoAutoUpgrade"\n  model {\n    format  = "OpenAI"\n    name    = "gpt-4o"\n    version = "2024-11-20"\n  }\n}',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/model-versions',
    },
    messages: {
      pinned: 'Deployment {{name}} keeps its model version until a reviewed change ({{option}}).',
      automatic: 'Deployment {{name}} moves to each new default model version automatically.',
    },
  },
  provider: 'azure',
  nativeTypes: [AI_DEPLOYMENT],
  evaluate(asset, ctx) {
    if (recordValue(asset, 'properties') === undefined) return ctx.unknown(['raw.properties.versionUpgradeOption']);
    // Absent: the documented default, OnceNewDefaultVersionAvailable.
    const option = recordString(asset, 'properties', 'versionUpgradeOption') ?? 'OnceNewDefaultVersionAvailable';
    const evidence = { versionUpgradeOption: option, model: recordValue(asset, 'properties', 'model') };
    return option === 'OnceNewDefaultVersionAvailable' ? ctx.fail('automatic', { evidence }) : ctx.pass('pinned', { evidence, data: { option } });
  },
});
