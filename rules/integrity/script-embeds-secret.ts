import { defineRule } from '../../src/engine/index.js';
import { hasNativeType } from '../_lib/provider-rule.js';
import { messageList } from '../_lib/message-list.js';
import { isComputeInstance, ML_COMPUTE } from '../azure/_lib.js';

export default defineRule({
  meta: {
    id: 'integrity/script-embeds-secret',
    title: 'Lifecycle or setup script embeds a secret',
    family: 'integrity',
    concern: 'script-embeds-secret',
    severity: 'high',
    appliesTo: ['lifecycle-script', 'compute'],
    rationale:
      'A lifecycle configuration or setup script is readable by anyone allowed to describe it, is copied onto every instance that runs it, and usually outlives the credential’s owner; a key, token or password written into it is a standing credential outside any vault, rotation or per-user control.',
    remediation: {
      text: 'Remove the secret from the script and rotate it at once (it has been readable by everyone who could describe the configuration). Have the script fetch what it needs at run time with the compute’s own identity: AWS Secrets Manager or SSM Parameter Store through the execution role; Azure Key Vault through the compute instance’s managed identity. The finding names the script, line and kind of secret, never its value.',
      cli: '# AWS: a lifecycle configuration cannot be edited in place; create a clean one and point the notebook at it\naws sagemaker create-notebook-instance-lifecycle-config --notebook-instance-lifecycle-config-name <name>-v2 --on-start Content=$(base64 -w0 on-start.sh)\naws sagemaker update-notebook-instance --notebook-instance-name <notebook> --lifecycle-config-name <name>-v2\n# Azure: recreate the compute instance with a setup script that reads Key Vault via its managed identity',
      terraform: 'resource "aws_sagemaker_notebook_instance_lifecycle_configuration" "lc" {\n  name     = "install-packages"\n  on_start = base64encode(file("on-start.sh")) # reads secrets from Secrets Manager at run time\n}',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html',
    },
    references: {
      catalog: ['AWS-SM-NB-06'],
      prowler: ['sagemaker_notebook_instance_no_secrets'],
      checkov: ['CKV_SECRET_2', 'CKV_SECRET_3'],
      mcsb: ['IM-8'],
    },
    messages: {
      embedded: '{{name}} runs a script that embeds {{count}} secret(s): {{where}}.',
      clean: '{{name}} runs no script with an embedded secret.',
    },
  },
  // Of Azure ML computes only compute instances run setup scripts; clusters and attached compute have none.
  applies: (asset) => !hasNativeType(asset, 'azure', [ML_COMPUTE]) || isComputeInstance(asset),
  evaluate(asset, ctx) {
    const gap = ctx.requireFacts('scriptSecrets');
    if (gap) return gap;
    const found = asset.facts.scriptSecrets ?? [];
    const evidence = { scriptSecrets: found };
    if (found.length === 0) return ctx.pass('clean', { evidence });
    return ctx.fail('embedded', { evidence, data: { count: found.length, where: messageList(found) } });
  },
});
