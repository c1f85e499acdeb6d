import type { DescribedRecord } from '../estate-builder.js';
import {
  bedrockActionGroup,
  bedrockAgent,
  bedrockCustomModel,
  bedrockDataSource,
  bedrockGuardrail,
  bedrockInvocationLogging,
  bedrockKnowledgeBase,
  bedrockProvisionedThroughput,
} from './bedrock.js';
import { iamRole } from './iam.js';
import type { VpcPlacement } from './sagemaker.js';
import type { AwsScope } from './scope.js';
import { s3Bucket } from './storage.js';

/** What the prod account's Bedrock estate uses from the rest of the account. */
export interface ProdBedrockDeps {
  mlKey: DescribedRecord;
  dataKey: DescribedRecord;
  logBucket: DescribedRecord;
  trainingData: DescribedRecord;
  artifacts: DescribedRecord;
  partnerDropzone: DescribedRecord;
  placement: VpcPlacement;
}

const CLAUDE = 'anthropic.claude-3-5-sonnet-20240620-v1:0';

/**
 * The prod account's generative-AI estate: a claims-letter assistant fine-tuned on
 * correspondence that partners upload to the drop zone anyone can write (served through
 * provisioned throughput), invocation logging to a CMK bucket, a strict guardrail on the
 * claims-intake agent and its knowledge base, and a broker FAQ bot launched without a
 * guardrail whose role may write to any bucket (the trial guardrail was never attached).
 */
export function buildAwsBedrock(s: AwsScope, d: ProdBedrockDeps): void {
  const logs = s3Bucket(s, { name: 'harbourline-genai-invocation-logs-prod', blockPublicAccess: true, key: d.mlKey, versioning: 'Enabled', accessLogsTo: d.logBucket.name, tlsOnly: true });
  bedrockInvocationLogging(s, { toBucket: logs });

  const customizationRole = iamRole(s, {
    name: 'BedrockModelCustomization-claims-letters',
    roleId: 'AROAWBQ3EXAMPLE7PRD04',
    path: '/service-role/',
    description: 'Fine-tuning jobs of the claims-letter assistant',
    trustedServices: ['bedrock.amazonaws.com'],
    policies: [{ name: 'claims-letters-customization', actions: ['s3:GetObject', 's3:ListBucket', 's3:PutObject', 'kms:Decrypt', 'kms:GenerateDataKey', 'ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces'] }],
    lastUsed: '2026-09-14T06:02:00.000Z',
  });
  const letters = bedrockCustomModel(s, {
    name: 'claims-letter-assistant-v3',
    baseModel: 'amazon.titan-text-express-v1:0:8k',
    modelId: 'h2k8d4q7w1zs',
    jobId: 'c6r3n9v2b5mt',
    role: customizationRole,
    training: { bucket: d.partnerDropzone, key: 'uploads/correspondence/2026-09/train.jsonl' },
    validation: { bucket: d.trainingData, key: 'claims-letters/2026-09/validation.jsonl' },
    output: { bucket: d.artifacts, prefix: 'bedrock/claims-letter-assistant-v3/' },
    key: d.mlKey,
    placement: d.placement,
  });
  bedrockProvisionedThroughput(s, { name: 'claims-letter-assistant-pt', throughputId: 't4y8u2i6o0pq', model: letters, modelUnits: 1 });

  const strict = bedrockGuardrail(s, { name: 'claims-assistant-strict', guardrailId: 'k3v9q2m7x1ab', content: 'HIGH', promptAttack: 'HIGH', pii: true, deniedTopics: ['legal-advice', 'coverage-decisions'], grounding: true, profanity: true, key: d.mlKey });
  // Tried out by the broker team, never attached to their bot.
  bedrockGuardrail(s, { name: 'broker-faq-trial', guardrailId: 'p8w4n6t2c5hd', content: 'MEDIUM', promptAttack: 'LOW', pii: false, deniedTopics: [], grounding: false, profanity: false });

  const policyDocs = s3Bucket(s, { name: 'harbourline-claims-policy-docs-prod', blockPublicAccess: true, key: d.dataKey, versioning: 'Enabled', accessLogsTo: d.logBucket.name, tlsOnly: true });
  const kbRole = iamRole(s, {
    name: 'AmazonBedrockExecutionRoleForKnowledgeBase_claims-policies',
    roleId: 'AROAWBQ3EXAMPLE7PRD05',
    path: '/service-role/',
    description: 'Knowledge base over the policy wordings',
    trustedServices: ['bedrock.amazonaws.com'],
    policies: [{ name: 'claims-policies-kb', actions: ['s3:GetObject', 's3:ListBucket', 'aoss:APIAccessAll', 'bedrock:InvokeModel', 'kms:Decrypt'] }],
  });
  const kb = bedrockKnowledgeBase(s, { name: 'claims-policy-wordings', knowledgeBaseId: 'WZ5K8M3P2Q', role: kbRole, collectionId: 'hl7cpw2vq9xk4m8n' });
  bedrockDataSource(s, kb, { name: 'policy-wordings-s3', dataSourceId: 'DS9F3J6H1R', bucket: policyDocs, prefix: 'wordings/', key: d.dataKey });

  const intakeRole = iamRole(s, {
    name: 'AmazonBedrockExecutionRoleForAgents_claims-intake',
    roleId: 'AROAWBQ3EXAMPLE7PRD06',
    path: '/service-role/',
    description: 'Claims intake agent',
    trustedServices: ['bedrock.amazonaws.com'],
    policies: [{ name: 'claims-intake-agent', actions: ['bedrock:InvokeModel', 'bedrock:Retrieve', 'bedrock:ApplyGuardrail', 'lambda:InvokeFunction', 'kms:Decrypt'] }],
  });
  const intake = bedrockAgent(s, { name: 'claims-intake-assistant', agentId: 'QX4R7T2M9K', role: intakeRole, foundationModel: CLAUDE, guardrail: { guardrail: strict, version: '2' }, key: d.mlKey, idleSessionSeconds: 600, knowledgeBases: [kb] });
  bedrockActionGroup(s, intake, {
    name: 'claims-lookup',
    actionGroupId: 'AGC3L7K2P9',
    lambda: 'claims-lookup-prod',
    functions: [
      { name: 'get_claim_status', confirm: false },
      { name: 'create_followup_task', confirm: true },
    ],
  });

  // Launched for a broker conference with a copy of a data-engineering policy: s3:* on everything.
  const brokerRole = iamRole(s, {
    name: 'AmazonBedrockExecutionRoleForAgents_broker-faq',
    roleId: 'AROAWBQ3EXAMPLE7PRD07',
    path: '/service-role/',
    description: 'Broker FAQ bot',
    trustedServices: ['bedrock.amazonaws.com'],
    policies: [{ name: 'broker-faq-agent', actions: ['bedrock:InvokeModel', 's3:*'] }],
  });
  bedrockAgent(s, { name: 'broker-faq-bot', agentId: 'B7N2C5V8L1', role: brokerRole, foundationModel: CLAUDE, idleSessionSeconds: 1800 });
}
