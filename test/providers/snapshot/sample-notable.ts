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
  /** Other prod mistakes worth a named finding. */
  prodMistakes: {
    vendorAdminRole: `arn:aws:iam::${AWS_PROD}:role/MLPlatformAdmin`,
    guestContributor: '/subscriptions/6f1c2a8e-3b4d-4e71-9a0c-5d2b8e7f1a34/providers/Microsoft.Authorization/roleAssignments/f0e2d4c6-b8a1-4c3e-9f5d-6a8c0e2b4d7f',
    rootNotebook: `arn:aws:sagemaker:eu-west-1:${AWS_PROD}:notebook-instance/claims-analytics-shared`,
  },
} as const;
