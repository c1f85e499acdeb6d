import { defineRule } from '../../src/engine/index.js';
import { judgeFact } from '../_lib/verdicts.js';
import { usedByMl } from '../../src/model/index.js';

export default defineRule({
  meta: {
    id: 'exposure/registry-anonymous-pull',
    title: 'Container registry used by ML allows anonymous pull',
    family: 'exposure',
    concern: 'registry-anonymous-pull',
    severity: 'high',
    appliesTo: ['container-registry'],
    rationale:
      'Training and inference images often embed model weights, proprietary code and configuration; anonymous pull hands them to anyone and lets attackers study the serving stack offline.',
    remediation: {
      text: 'Azure: disable anonymous pull on the registry. AWS: remove ECR repository policy statements whose Principal is "*".',
      cli: 'az acr update --name <registry> --anonymous-pull-enabled false',
      terraform: 'resource "azurerm_container_registry" "ml" {\n  anonymous_pull_enabled = false\n}',
      url: 'https://learn.microsoft.com/azure/container-registry/anonymous-pull-access',
    },
    references: {
      catalog: ['AZ-ACR-02'],
      'azure-policy': ['9f2dea28-e834-476c-99c5-3507b4728395'],
      mcsb: ['NS-2'],
      checkov: ['CKV_AZURE_138'],
    },
    messages: {
      anonymous: 'Registry {{name}} lets anyone pull images without authenticating.',
      authenticated: 'Registry {{name}} requires authentication to pull images.',
    },
  },
  applies: (asset, graph) => usedByMl(asset, graph),
  evaluate: (asset, ctx) =>
    judgeFact(asset, ctx, 'anonymousPull', false, { pass: 'authenticated', fail: 'anonymous' }),
});
