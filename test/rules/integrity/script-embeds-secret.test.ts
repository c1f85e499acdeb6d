import rule from '../../../rules/integrity/script-embeds-secret.js';
import { testRule } from '../../support/rule-tester.js';
import { armWireAsset, awsWireAsset, patched, wire } from '../../support/wire-assets.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const ACCESS_KEY = 'AKIA' + 'Z7QW3RT5YU8IO2PA';
const LEAKY = `#!/bin/bash\nset -e\nexport AWS_ACCESS_KEY_ID=${ACCESS_KEY}\n`;

function notebookLifecycle(describe: Record<string, unknown> | false = {}) {
  const details = describe === false ? {} : { describe: patched(wire('aws/sagemaker/DescribeNotebookInstanceLifecycleConfig.json'), describe) };
  return awsWireAsset('sagemaker/notebook-lifecycle-configs', wire('aws/sagemaker/ListNotebookInstanceLifecycleConfigs.json'), details);
}

function studioLifecycle(describe: Record<string, unknown>) {
  const details = { describe: patched(wire('aws/sagemaker/DescribeStudioLifecycleConfig.json'), describe) };
  return awsWireAsset('sagemaker/studio-lifecycle-configs', wire('aws/sagemaker/ListStudioLifecycleConfigs.json'), details);
}

const computeInstance = (scripts: Record<string, unknown>) =>
  armWireAsset('machine-learning/computes', 'machine-learning/compute-instance.json', { properties: { properties: { setupScripts: { scripts } } } });

testRule(rule, {
  valid: [
    { name: 'notebook lifecycle configuration whose scripts hold no secret (recorded payload)', asset: notebookLifecycle() },
    { name: 'Studio lifecycle configuration whose script holds no secret (recorded payload)', asset: studioLifecycle({}) },
    { name: 'compute instance without setup scripts', asset: armWireAsset('machine-learning/computes', 'machine-learning/compute-instance.json') },
    {
      name: 'compute instance whose inline startup script reads its secret from Key Vault',
      asset: computeInstance({ startupScript: { scriptSource: 'inline', scriptData: b64('TOKEN=$(az keyvault secret show --vault-name kv --name t --query value -o tsv)\n') } }),
    },
  ],
  invalid: [
    {
      name: 'notebook lifecycle OnStart script exports an access key',
      asset: notebookLifecycle({ OnStart: [{ Content: b64(LEAKY) }] }),
      expected: [
        {
          status: 'fail',
          messageId: 'embedded',
          message: 'install-packages runs a script that embeds 1 secret(s): OnStart line 3: AWS access key id.',
          evidence: { scriptSecrets: ['OnStart line 3: AWS access key id'] },
        },
      ],
    },
    {
      name: 'Studio lifecycle script holds a GitHub token',
      asset: studioLifecycle({ StudioLifecycleConfigContent: b64('#!/bin/bash\ngit clone https://ghp_' + 'Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8' + '@github.com/org/repo\n') }),
      expected: [{ status: 'fail', evidence: { scriptSecrets: ['JupyterLab script line 2: GitHub token'] } }],
    },
    {
      name: 'compute instance creation script holds a storage account key',
      asset: computeInstance({ creationScript: { scriptSource: 'inline', scriptData: b64('az storage blob download --connection-string "AccountName=x;AccountKey=cGxhbnRlZGtleXZhbHVlMTIzNA==" -c c -n f\n') } }),
      expected: [{ status: 'fail', evidence: { scriptSecrets: ['creationScript line 1: storage connection string key'] } }],
    },
    {
      name: 'lifecycle configuration whose describe call was denied',
      asset: notebookLifecycle(false),
      expected: [{ status: 'unknown', missingFacts: ['scriptSecrets'] }],
    },
    {
      name: 'compute instance whose startup script is in workspace storage (not read)',
      asset: computeInstance({ startupScript: { scriptSource: 'workspaceStorage', scriptData: 'Users/alice/setup.sh' } }),
      expected: [{ status: 'unknown', missingFacts: ['scriptSecrets'] }],
    },
  ],
  notApplicable: [{ name: 'Azure ML compute cluster (runs no setup scripts)', asset: armWireAsset('machine-learning/computes', 'machine-learning/compute-cluster.json') }],
});
