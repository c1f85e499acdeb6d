import type { AssessmentMode, Control, FrameworkPack } from '../types.js';

function subcategory(fn: 'GOVERN' | 'MAP' | 'MEASURE' | 'MANAGE', num: string, title: string, statement: string, assessment: AssessmentMode): Control {
  return { id: `${fn}-${num}`, title, statement, area: fn, section: `${fn} ${num}`, assessment };
}

/**
 * The NIST AI RMF 1.0 (NIST AI 100-1, January 2023) Core subcategories that cloud configuration
 * evidence can speak to, and only those: each id is the function and subcategory number (written
 * `MEASURE-2.7` for "MEASURE 2.7"), with a short title and statement in our words. Every one of them
 * is an organisational outcome (evaluated, documented, monitored), so configuration is partial
 * evidence and an attestation completes it.
 */
export const NIST_AI_RMF: FrameworkPack = {
  id: 'nist-ai-rmf-1-0',
  name: 'NIST AI Risk Management Framework (selected subcategories)',
  source: 'NIST AI 100-1, Artificial Intelligence Risk Management Framework (AI RMF 1.0), January 2023',
  version: '1.0',
  controlIdPattern: /^(GOVERN|MAP|MEASURE|MANAGE)-\d+\.\d+$/,
  controls: [
    subcategory('GOVERN', '1.6', 'AI system inventory', 'Keep an inventory of AI systems, resourced according to risk priorities.', 'both'),
    subcategory('MEASURE', '2.4', 'Production monitoring', 'Monitor how the AI system and its components behave once in production.', 'both'),
    subcategory('MEASURE', '2.6', 'Safety evaluation', 'Evaluate the system for safety risks regularly and show it can fail safely within risk tolerance.', 'both'),
    subcategory('MEASURE', '2.7', 'Security and resilience', 'Evaluate and document the security and resilience of the AI system.', 'both'),
    subcategory('MEASURE', '2.8', 'Transparency and accountability', 'Examine and document risks to transparency and accountability, such as missing records of who did what.', 'both'),
    subcategory('MEASURE', '2.10', 'Privacy risk', 'Examine and document the privacy risk of the AI system.', 'both'),
    subcategory('MANAGE', '3.1', 'Third-party resources', 'Monitor the risks of third-party resources used by the AI system and apply and document controls for them.', 'both'),
    subcategory('MANAGE', '3.2', 'Pre-trained models', 'Monitor pre-trained models used in the system as part of its regular maintenance.', 'both'),
    subcategory('MANAGE', '4.1', 'Post-deployment monitoring', 'Put post-deployment monitoring plans into effect, including incident response and change management.', 'both'),
  ],
  // Rule id → the subcategories of this framework the rule gives evidence for.
  mapping: {
    // GOVERN 1.6: inventory
    'integrity/ml-resource-without-tags': [
      ['GOVERN-1.6', 'Untagged ML resources cannot be attributed to an inventoried AI system.'],
    ],
    'integrity/ml-data-without-owner-or-classification': [
      ['GOVERN-1.6', 'ML data with no owner or classification is missing from a risk-ranked inventory.'],
      ['MEASURE-2.10', 'Unclassified ML data gives no basis to examine its privacy risk.'],
    ],
    // MEASURE 2.4 / MANAGE 4.1: monitoring in production
    'aws/sagemaker/automl-job-auto-deploys-candidate': [
      ['MEASURE-2.7', 'The security of the candidate is not evaluated before it serves.'],
    ],
    'aws/sagemaker/endpoint-without-model-monitor': [
      ['MEASURE-2.4', 'The deployed model’s behaviour is not monitored for drift or quality.'],
      ['MANAGE-4.1', 'No monitoring schedule runs against the model after deployment.'],
    ],
    'aws/sagemaker/endpoint-data-capture-incomplete': [
      ['MEASURE-2.4', 'Only part of the production requests or responses is captured for monitoring.'],
    ],
    'logging/endpoint-data-capture-disabled': [
      ['MEASURE-2.4', 'Production inputs and outputs are not captured, so behaviour cannot be monitored.'],
      ['MANAGE-4.1', 'Post-deployment monitoring has no captured data to work from.'],
    ],
    'logging/prompt-logging-disabled': [
      ['MEASURE-2.4', 'Prompts and completions in production are not recorded for review.'],
    ],
    'logging/ai-service-logging-disabled': [
      ['MEASURE-2.4', 'Requests to the AI service in production are not logged.'],
    ],
    'logging/endpoint-logging-disabled': [
      ['MEASURE-2.4', 'Endpoint traffic in production is not logged.'],
    ],
    // MEASURE 2.6: safety safeguards
    'integrity/genai-content-filter-missing': [
      ['MEASURE-2.6', 'The generative model runs with no guardrail to stop harmful output.'],
      ['MEASURE-2.7', 'No filter screens prompts for attacks on the model.'],
    ],
    'azure/ai-services/public-deployment-without-content-filter': [
      ['MEASURE-2.6', 'An unfiltered model answers anyone on the internet.'],
      ['MEASURE-2.7', 'No filter screens prompts from the internet for attacks on the model.'],
    ],
    'aws/bedrock/guardrail-filters-detect-only': [
      ['MEASURE-2.6', 'Harmful content is detected but still delivered.'],
    ],
    'azure/ai-services/rai-policy-annotate-only': [
      ['MEASURE-2.6', 'Harmful content is labelled but still delivered.'],
    ],
    'azure/ai-services/rai-policy-harm-category-off': [
      ['MEASURE-2.6', 'A harm category is not screened on prompts or completions.'],
    ],
    'azure/ai-services/rai-policy-harm-threshold-high': [
      ['MEASURE-2.6', 'Medium-severity harmful content passes the filter.'],
    ],
    'aws/bedrock/guardrail-hate-filter-weak': [
      ['MEASURE-2.6', 'Hateful content is not filtered at a useful strength.'],
    ],
    'aws/bedrock/guardrail-insults-filter-weak': [
      ['MEASURE-2.6', 'Insulting content is not filtered at a useful strength.'],
    ],
    'aws/bedrock/guardrail-misconduct-filter-weak': [
      ['MEASURE-2.6', 'Content helping misconduct is not filtered at a useful strength.'],
    ],
    'aws/bedrock/guardrail-sexual-filter-weak': [
      ['MEASURE-2.6', 'Sexual content is not filtered at a useful strength.'],
    ],
    'aws/bedrock/guardrail-violence-filter-weak': [
      ['MEASURE-2.6', 'Violent content is not filtered at a useful strength.'],
    ],
    // MEASURE 2.7: security and resilience
    'aws/bedrock/guardrail-prompt-attack-filter-weak': [
      ['MEASURE-2.7', 'Prompt attacks on the model are not blocked at full strength.'],
    ],
    'azure/ai-services/rai-policy-jailbreak-shield-off': [
      ['MEASURE-2.7', 'Jailbreak attempts on the model are not blocked.'],
    ],
    'azure/ai-services/rai-policy-indirect-attack-shield-off': [
      ['MEASURE-2.7', 'Injected instructions in documents reach the model unblocked.'],
    ],
    'aws/bedrock/agent-execution-role-privileged': [
      ['MEASURE-2.7', 'A manipulated agent acts with administrator or service-wide rights.'],
    ],
    'aws/bedrock/agent-action-without-confirmation': [
      ['MEASURE-2.7', 'Agent actions with side effects run without a human check.'],
    ],
    'aws/bedrock/agent-code-interpreter-enabled': [
      ['MEASURE-2.7', 'The agent can run code the model writes, widening what an attacker can do through it.'],
    ],
    'aws/bedrock/knowledge-base-reads-publicly-writable-bucket': [
      ['MEASURE-2.7', 'Anyone can plant content the model retrieves and trusts.'],
    ],
    'aws/bedrock/custom-model-trained-on-publicly-writable-data': [
      ['MEASURE-2.7', 'The fine-tuning data was open to poisoning by anyone.'],
    ],
    'integrity/public-endpoint-serves-model-trained-on-exposed-data': [
      ['MEASURE-2.7', 'A publicly served model was trained on data anyone could poison or read.'],
    ],
    'integrity/served-model-artifacts-publicly-writable': [
      ['MEASURE-2.7', 'Anyone can replace the model the endpoint serves.'],
    ],
    'integrity/registry-image-scanning-disabled': [
      ['MEASURE-2.7', 'Images for training and inference are not scanned for vulnerabilities.'],
    ],
    'exposure/endpoint-public-network-access': [
      ['MEASURE-2.7', 'The model endpoint accepts traffic from any network.'],
    ],
    'exposure/ai-service-public-network-access': [
      ['MEASURE-2.7', 'The AI service accepts traffic from any network.'],
    ],
    'exposure/storage-public-access': [
      ['MEASURE-2.7', 'Training data and model artifacts can be read or written anonymously.'],
      ['MEASURE-2.10', 'Personal data in training sets can be read anonymously.'],
    ],
    'azure/storage/blob-anonymous-access': [
      ['MEASURE-2.7', 'Containers of training data and model artifacts can be made readable by anyone.'],
      ['MEASURE-2.10', 'Personal data in training sets can be made readable by anyone.'],
    ],
    'rbac/endpoint-key-auth': [
      ['MEASURE-2.7', 'Static keys, not caller identities, guard the model endpoint.'],
    ],
    // MEASURE 2.8: accountability records
    'aws/cloudtrail/trail-not-logging': [
      ['MEASURE-2.8', 'No record is kept of who changed or used AI resources.'],
    ],
    'logging/audit-trail-single-region': [
      ['MEASURE-2.8', 'Actions on AI resources in uncovered regions leave no record.'],
    ],
    'logging/audit-trail-log-validation-disabled': [
      ['MEASURE-2.8', 'Audit records of AI resources can be altered unnoticed.'],
    ],
    'logging/workspace-logging-disabled': [
      ['MEASURE-2.8', 'Actions in the ML workspace cannot be attributed afterwards.'],
    ],
    'versioning/endpoint-serves-unregistered-model': [
      ['MEASURE-2.8', 'Nobody can tell from records which model version is served or where it came from.'],
    ],
    'aws/sagemaker/served-model-without-approved-card': [
      ['MEASURE-2.8', 'The production model has no approved record of its purpose, evaluation and owner.'],
    ],
    'aws/sagemaker/job-input-publicly-writable': [
      ['MEASURE-2.7', 'The job reads data or code open to poisoning by anyone.'],
    ],
    'aws/sagemaker/model-package-without-lineage': [
      ['MEASURE-2.8', 'The model version has no record of the data and jobs that produced it.'],
    ],
    'azure/machine-learning/deployed-model-lineage': [
      ['MEASURE-2.8', 'The served model has no record of the job and data that produced it.'],
    ],
    // MEASURE 2.10: privacy
    'aws/bedrock/guardrail-sensitive-information-filter-missing': [
      ['MEASURE-2.10', 'Personal data in prompts and answers is neither masked nor blocked.'],
    ],
    'aws/bedrock/invocation-logs-publicly-readable': [
      ['MEASURE-2.10', 'Logged prompts and completions, with any personal data in them, are public.'],
    ],
    'azure/ai-services/stored-completions-enabled': [
      ['MEASURE-2.10', 'Prompts and completions, with any personal data in them, are retained by the service.'],
    ],
    'azure/ai-services/deployment-global-processing': [
      ['MEASURE-2.10', 'Prompts may be processed outside the resource’s region, a data-residency privacy risk.'],
    ],
    // MANAGE 3.1 / 3.2: third-party resources and pre-trained models
    'aws/bedrock/knowledge-base-external-vector-store': [
      ['MANAGE-3.1', 'Embeddings sit with a third-party vector store outside the account’s controls.'],
    ],
    'aws/bedrock/data-source-cross-account-bucket': [
      ['MANAGE-3.1', 'Retrieval data comes from a bucket another account controls.'],
    ],
    'aws/bedrock/data-source-ingests-public-web': [
      ['MANAGE-3.1', 'Retrieval data comes from public web pages no one vets.'],
    ],
    'aws/sagemaker/model-image-not-private-ecr': [
      ['MANAGE-3.1', 'The model runs from a third-party image outside the organisation’s registry checks.'],
    ],
    'aws/ecr/repository-cross-account-access': [
      ['MANAGE-3.1', 'Other accounts can push images the models run from.'],
    ],
    'azure/ai-services/deployment-auto-upgrade': [
      ['MANAGE-3.2', 'The provider’s pre-trained model changes version without review.'],
    ],
  },
};
