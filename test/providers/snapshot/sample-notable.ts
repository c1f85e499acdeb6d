/**
 * Assets of the bundled sample estate that tests (here and end to end) assert on by id. Kept
 * apart from the builder on purpose: these are the expectations, the builder is what is checked.
 */
const AWS_PROD = '418273645091';
const AWS_DEV = '736194028517';
const AZ_PROD = '/subscriptions/6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34/resourceGroups/rg-mlplatform-prod-weu/providers';
const AZ_DEV = '/subscriptions/b3e9d4f2-71a6-4c58-8e2d-0f9a6c3b5e17/resourceGroups/rg-mlsandbox-dev-eus/providers';
const CLAIMS_WS = `${AZ_PROD}/Microsoft.MachineLearningServices/workspaces/mlw-claims-prod-weu`;
const SANDBOX_WS = `${AZ_DEV}/Microsoft.MachineLearningServices/workspaces/mlw-sandbox-dev-eus`;

export const SAMPLE = {
  awsProdAccount: AWS_PROD,
  awsDevAccount: AWS_DEV,
  azureProdSubscription: '6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34',
  azureDevSubscription: 'b3e9d4f2-71a6-4c58-8e2d-0f9a6c3b5e17',

  /** Public SageMaker endpoint → endpoint config → model ← (registered, approved) package → training job → bucket anyone can write. */
  awsLineage: {
    endpoint: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:endpoint/claims-triage-prod`,
    deployment: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:endpoint-config/claims-triage-prod-config-20261015`,
    model: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:model/claims-triage-v12`,
    modelVersion: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:model-package/claims-triage/12`,
    trainingJob: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:training-job/claims-triage-2026-11-16-0300`,
    storage: 'arn:aws:s3:::harbourline-claims-partner-dropzone',
  },
  /** Public online endpoint → deployment → model version → job → data asset version → datastore → storage with an anonymous container. */
  azureLineage: {
    endpoint: `${CLAIMS_WS}/onlineEndpoints/claims-severity-ep`,
    deployment: `${CLAIMS_WS}/onlineEndpoints/claims-severity-ep/deployments/blue`,
    modelVersion: `${CLAIMS_WS}/models/claims-severity/versions/4`,
    trainingJob: `${CLAIMS_WS}/jobs/brave_kettle_3m9xw1zr`,
    dataset: `${CLAIMS_WS}/data/partner-repair-invoices/versions/7`,
    datastore: `${CLAIMS_WS}/datastores/partner_invoices`,
    storage: `${AZ_PROD}/Microsoft.Storage/storageAccounts/stpartnerfeedprodweu`,
  },
  /** Same shape, but the training data is private: the path rule must pass these. */
  cleanServing: {
    awsEndpoint: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:endpoint/fraud-scoring-prod`,
    awsDeployment: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:endpoint-config/fraud-scoring-prod-config-20261015`,
    azureEndpoint: `${CLAIMS_WS}/onlineEndpoints/fraud-signals-ep`,
  },
  /** Prod endpoint serving a model deployed from a bare S3 artifact: no registered version, no lineage. */
  unregistered: {
    endpoint: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:endpoint/quote-pricing-prod`,
    deployment: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:endpoint-config/quote-pricing-prod-config-20261015`,
    model: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:model/quote-pricing-hotfix-0817`,
  },
  /** Bucket whose public-access calls were denied: publicRead/publicWrite are unknown. */
  partlyUnknown: 'arn:aws:s3:::harbourline-ds-experiments-eu',
  hostile: {
    /** Storage account whose `notes` tag is an XSS payload (ARM accepts any tag value). */
    markupTagAsset: `${AZ_DEV}/Microsoft.Storage/storageAccounts/stmlsandboxdeveus`,
    markupTag: { key: 'notes', value: '<img src=x onerror=alert(1)>' },
    /** Workspace whose `owner` tag is a script tag. */
    scriptTagAsset: SANDBOX_WS,
    scriptTag: { key: 'owner', value: '<script>alert("tag")</script>' },
    /** Storage account whose `costCenter` tag is a spreadsheet formula. */
    formulaTagAsset: `${AZ_DEV}/Microsoft.Storage/storageAccounts/stmlsandboxdeveus`,
    formulaTag: { key: 'costCenter', value: '=HYPERLINK("https://billing.example.net/cc?id=4410","CC-4410")' },
  },
  /** Generative AI in AWS prod: a custom model fine-tuned on the public drop zone, served by provisioned throughput; a guarded and an unguarded agent. */
  bedrock: {
    customModel: `arn:aws:bedrock:eu-west-1:${AWS_PROD}:custom-model/amazon.titan-text-express-v1:0:8k/h2k8d4q7w1zs`,
    throughput: `arn:aws:bedrock:eu-west-1:${AWS_PROD}:provisioned-model/t4y8u2i6o0pq`,
    trainingBucket: 'arn:aws:s3:::harbourline-claims-partner-dropzone',
    strictGuardrail: `arn:aws:bedrock:eu-west-1:${AWS_PROD}:guardrail/k3v9q2m7x1ab`,
    weakGuardrail: `arn:aws:bedrock:eu-west-1:${AWS_PROD}:guardrail/p8w4n6t2c5hd`,
    guardedAgent: `arn:aws:bedrock:eu-west-1:${AWS_PROD}:agent/QX4R7T2M9K`,
    unguardedAgent: `arn:aws:bedrock:eu-west-1:${AWS_PROD}:agent/B7N2C5V8L1`,
    unguardedAgentRole: `arn:aws:iam::${AWS_PROD}:role/service-role/AmazonBedrockExecutionRoleForAgents_broker-faq`,
    knowledgeBase: `arn:aws:bedrock:eu-west-1:${AWS_PROD}:knowledge-base/WZ5K8M3P2Q`,
    dataSource: `arn:aws:bedrock:eu-west-1:${AWS_PROD}:knowledge-base/WZ5K8M3P2Q/data-source/DS9F3J6H1R`,
    prodLogging: `arn:aws:bedrock:eu-west-1:${AWS_PROD}:model-invocation-logging-configuration`,
    devLogging: `arn:aws:bedrock:us-east-1:${AWS_DEV}:model-invocation-logging-configuration`,
  },
  /** Generative AI in Azure prod: a public OpenAI account with an unfiltered deployment, a private AI Services account, an AI Foundry hub and project. */
  azureAi: {
    openai: `${AZ_PROD}/Microsoft.CognitiveServices/accounts/oai-claims-prod-weu`,
    unfilteredDeployment: `${AZ_PROD}/Microsoft.CognitiveServices/accounts/oai-claims-prod-weu/deployments/gpt-4o-claims-chat`,
    raiPolicy: `${AZ_PROD}/Microsoft.CognitiveServices/accounts/oai-claims-prod-weu/raiPolicies/claims-letters-filter`,
    aiServices: `${AZ_PROD}/Microsoft.CognitiveServices/accounts/ais-claims-prod-weu`,
    hub: `${AZ_PROD}/Microsoft.MachineLearningServices/workspaces/hub-claims-genai-prod-weu`,
    project: `${AZ_PROD}/Microsoft.MachineLearningServices/workspaces/proj-claims-letters`,
    keyConnection: `${AZ_PROD}/Microsoft.MachineLearningServices/workspaces/hub-claims-genai-prod-weu/connections/oai-claims-prod-weu`,
    hubStorage: `${AZ_PROD}/Microsoft.Storage/storageAccounts/sthubclaimsgenaiweu`,
    keyVault: `${AZ_PROD}/Microsoft.KeyVault/vaults/kv-mlclaims-prod-weu`,
  },
  /** SageMaker jobs besides training, and model cards, in AWS prod (issue 9). */
  sagemakerJobs: {
    processing: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:processing-job/claims-triage-features-2026-11-16-0200`,
    transform: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:transform-job/quote-pricing-renewals-2026-11-17`,
    compilation: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:compilation-job/fraud-xgb-neo-c5-2026-10-13`,
    tuning: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:hyper-parameter-tuning-job/fraud-xgb-hpo-2026-10-12`,
    autoML: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:automl-job/subrogation-autopilot-1102`,
    modelCard: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:model-card/fraud-detection-v7`,
    cardedModel: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:model/fraud-detection-v7`,
    trainingData: 'arn:aws:s3:::harbourline-ml-training-data-prod',
    dropzone: 'arn:aws:s3:::harbourline-claims-partner-dropzone',
  },
  /** The Studio platform in AWS prod (issue 9): a shared space and its app, their lifecycle script, MLflow, HyperPod, an inference component. */
  studioPlatform: {
    space: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:space/d-7kq2xw9hb4fm/fraud-team`,
    app: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:app/d-7kq2xw9hb4fm/fraud-team/jupyterlab/default`,
    lifecycle: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:studio-lifecycle-config/jupyterlab-lsp-autostop`,
    domain: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:domain/d-7kq2xw9hb4fm`,
    mlflow: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:mlflow-tracking-server/claims-experiments`,
    hyperpod: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:cluster/q4w8e2r6t0yu`,
    inferenceComponent: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:inference-component/fraud-detection-v7-ic`,
    artifacts: 'arn:aws:s3:::harbourline-ml-artifacts-prod',
  },
  /** Newest Azure ML types in prod (issue 9): a serverless endpoint, a feature store and its offline store, a private registry. */
  azureMlStores: {
    serverlessEndpoint: `${AZ_PROD}/Microsoft.MachineLearningServices/workspaces/proj-claims-letters/serverlessEndpoints/llama-claims-letters`,
    featureStore: `${AZ_PROD}/Microsoft.MachineLearningServices/workspaces/fs-claims-features-prod-weu`,
    offlineConnection: `${AZ_PROD}/Microsoft.MachineLearningServices/workspaces/fs-claims-features-prod-weu/connections/OfflineStoreConnectionName`,
    offlineStorage: `${AZ_PROD}/Microsoft.Storage/storageAccounts/stclaimsdataprodweu`,
    privateRegistry: `${AZ_PROD}/Microsoft.MachineLearningServices/registries/mlr-claims-prod-weu`,
    registryStorage: `${AZ_PROD}/Microsoft.Storage/storageAccounts/stmlclaimsprodweu`,
    registryAcr: `${AZ_PROD}/Microsoft.ContainerRegistry/registries/crmlclaimsprodweu`,
  },
  /** Other prod mistakes worth a named finding. */
  prodMistakes: {
    vendorAdminRole: `arn:aws:iam::${AWS_PROD}:role/MLPlatformAdmin`,
    guestContributor: '/subscriptions/6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34/providers/Microsoft.Authorization/roleAssignments/f0e2d4c6-b8a1-4c3e-9f5d-6a8c0e2b4d7f',
    rootNotebook: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:notebook-instance/claims-analytics-shared`,
  },
} as const;
