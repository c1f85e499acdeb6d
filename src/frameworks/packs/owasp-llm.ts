import type { AssessmentMode, Control, FrameworkPack } from '../types.js';

function risk(id: string, title: string, statement: string, assessment: AssessmentMode): Control {
  return { id, title, statement, area: 'Risk', section: id, assessment };
}

/**
 * The OWASP Top 10 for LLM Applications, 2025 edition (OWASP GenAI Security Project, genai.owasp.org):
 * the ten risk ids LLM01 to LLM10 with short titles and one-line descriptions in our words. Most risks
 * are only partly visible in cloud configuration (guardrails, agent permissions, where retrieval data
 * comes from), so they combine rules and an attestation; the risks no configuration speaks to
 * (system prompt leakage, unbounded consumption) rest on an attestation alone.
 */
export const OWASP_LLM: FrameworkPack = {
  id: 'owasp-llm-2025',
  name: 'OWASP Top 10 for LLM Applications',
  source: 'OWASP GenAI Security Project, Top 10 for LLM Applications 2025 (genai.owasp.org)',
  version: '2025',
  controlIdPattern: /^LLM(0[1-9]|10)$/,
  controls: [
    risk('LLM01', 'Prompt Injection', 'Screen prompts and retrieved content for instructions that try to override the model’s intended behaviour.', 'both'),
    risk('LLM02', 'Sensitive Information Disclosure', 'Keep personal data, credentials and confidential data out of model answers, logs and stored conversations.', 'both'),
    risk('LLM03', 'Supply Chain', 'Check the origin and integrity of the models, images and components an LLM application is built from.', 'both'),
    risk('LLM04', 'Data and Model Poisoning', 'Stop untrusted parties from altering training, fine-tuning or retrieval data, or the model itself.', 'both'),
    risk('LLM05', 'Improper Output Handling', 'Treat model output as untrusted before passing it to code, shells, browsers or other systems.', 'both'),
    risk('LLM06', 'Excessive Agency', 'Give agents only the tools, permissions and autonomy their task needs, with people confirming consequential actions.', 'both'),
    risk('LLM07', 'System Prompt Leakage', 'Keep secrets and security decisions out of system prompts, assuming the prompt can be revealed.', 'attestation'),
    risk('LLM08', 'Vector and Embedding Weaknesses', 'Control who can write and read the documents and embeddings a retrieval-augmented application draws on.', 'both'),
    risk('LLM09', 'Misinformation', 'Check answers against their sources and tell users where output may be wrong or invented.', 'both'),
    risk('LLM10', 'Unbounded Consumption', 'Limit the volume, size and cost of requests so the model cannot be exhausted, run up bills or be copied.', 'attestation'),
  ],
  // Rule id → the risks of this framework the rule gives evidence for.
  mapping: {
    'aws/bedrock/agent-action-without-confirmation': [
      ['LLM06', 'The agent calls functions with side effects without a person confirming them.'],
    ],
    'aws/bedrock/agent-code-interpreter-enabled': [
      ['LLM06', 'The agent holds a general code-execution tool beyond what most tasks need.'],
      ['LLM05', 'Code the model writes is executed as is, so its output goes straight into a runtime.'],
    ],
    'aws/bedrock/agent-execution-role-privileged': [
      ['LLM06', 'The agent acts with administrator or service-wide permissions rather than those its task needs.'],
    ],
    'aws/bedrock/agent-without-guardrail-can-write-training-data': [
      ['LLM06', 'An unscreened agent holds write access to training data it has no need for.'],
      ['LLM04', 'A manipulated agent can overwrite the data future models are trained on.'],
    ],
    'aws/bedrock/custom-model-trained-on-publicly-writable-data': [
      ['LLM04', 'Anyone could have altered the data the model was fine-tuned on.'],
    ],
    'aws/bedrock/data-source-cross-account-bucket': [
      ['LLM08', 'Another account controls the documents the knowledge base embeds and retrieves.'],
      ['LLM04', 'An outside party can change the retrieval data the model grounds its answers on.'],
    ],
    'aws/bedrock/data-source-ingests-public-web': [
      ['LLM08', 'Web pages anyone can publish become embedded content the application retrieves.'],
      ['LLM01', 'Crawled pages can carry instructions that reach the model as retrieved context (indirect injection).'],
    ],
    'aws/bedrock/guardrail-contextual-grounding-missing': [
      ['LLM09', 'Answers are not checked against their source material for unsupported or irrelevant content.'],
    ],
    'aws/bedrock/guardrail-credentials-not-blocked': [
      ['LLM02', 'Access keys and passwords in prompts or answers pass the guardrail unmasked.'],
    ],
    'aws/bedrock/guardrail-filters-detect-only': [
      ['LLM01', 'Detected prompt attacks are logged but still reach the model.'],
      ['LLM02', 'Detected sensitive information is logged but still returned.'],
    ],
    'aws/bedrock/guardrail-prompt-attack-filter-weak': [
      ['LLM01', 'Jailbreak and prompt-injection attempts are not blocked at full strength.'],
    ],
    'aws/bedrock/guardrail-sensitive-information-filter-missing': [
      ['LLM02', 'Personal data in prompts and answers is neither masked nor blocked.'],
    ],
    'aws/bedrock/invocation-logs-publicly-readable': [
      ['LLM02', 'Logged prompts and completions, with whatever sensitive data they hold, are readable by anyone.'],
    ],
    'aws/bedrock/knowledge-base-external-vector-store': [
      ['LLM08', 'The embeddings sit in a store outside the account’s access control and logging.'],
    ],
    'aws/bedrock/knowledge-base-reads-publicly-writable-bucket': [
      ['LLM08', 'Anyone can plant documents the knowledge base embeds and retrieves.'],
      ['LLM04', 'Anyone can alter the retrieval data the model grounds its answers on.'],
    ],
    'azure/ai-services/deployment-auto-upgrade': [
      ['LLM03', 'The provider’s new model version is taken into use without review.'],
    ],
    'azure/ai-services/rai-policy-annotate-only': [
      ['LLM01', 'Detected jailbreak and injection attempts are only labelled and still pass.'],
    ],
    'azure/ai-services/rai-policy-indirect-attack-shield-off': [
      ['LLM01', 'Instructions hidden in documents and tool output are not blocked (indirect injection).'],
    ],
    'azure/ai-services/rai-policy-jailbreak-shield-off': [
      ['LLM01', 'Prompts that try to override the system instructions are not blocked (direct injection).'],
    ],
    'azure/ai-services/stored-completions-enabled': [
      ['LLM02', 'Prompts and completions, with any sensitive data in them, are kept in the service.'],
    ],
    'azure/authorization/training-data-write-breadth': [
      ['LLM04', 'Many principals can alter the training data.'],
    ],
    'azure/container-registry/export-and-trust-policies': [
      ['LLM03', 'Images are neither signed nor quarantined, so their integrity is not checked before use.'],
    ],
    'azure/machine-learning/deployed-model-lineage': [
      ['LLM03', 'The origin of the served model cannot be traced.'],
    ],
    'azure/machine-learning/private-registry-public-store': [
      ['LLM03', 'The models and images the registry distributes sit in stores reachable from the internet.'],
    ],
    'azure/machine-learning/private-feature-store-public-offline-store': [
      ['LLM04', 'The features models are trained on can be altered through an internet-facing store.'],
    ],
    'azure/machine-learning/registry-private-access': [
      ['LLM03', 'The shared registry of models and environments is reachable from the internet.'],
    ],
    'aws/ecr/repository-cross-account-access': [
      ['LLM03', 'Other accounts can push the images models run from.'],
    ],
    'aws/sagemaker/model-image-not-private-ecr': [
      ['LLM03', 'The model runs from an image outside the organisation’s registry and its checks.'],
    ],
    'aws/sagemaker/model-package-without-lineage': [
      ['LLM03', 'The registered model has no record of the data and components it came from.'],
    ],
    'azure/ai-services/public-deployment-without-content-filter': [
      ['LLM01', 'Anyone on the internet can send the model prompts no filter screens.'],
    ],
    'exposure/storage-public-access': [
      ['LLM02', 'Stored training data and models can be read anonymously.'],
    ],
    'azure/storage/blob-anonymous-access': [
      ['LLM02', 'Containers of training data and models can be made readable by anyone.'],
    ],
    'integrity/genai-content-filter-missing': [
      ['LLM01', 'No guardrail or content filter screens prompts for attacks.'],
    ],
    'integrity/model-artifact-storage-not-immutable': [
      ['LLM04', 'A released model artifact can be replaced after release.'],
    ],
    'integrity/public-endpoint-serves-model-trained-on-exposed-data': [
      ['LLM04', 'The training data of a publicly served model can be altered or read by anyone.'],
    ],
    'integrity/registry-image-scanning-disabled': [
      ['LLM03', 'Images models run from are not scanned for vulnerable components.'],
    ],
    'integrity/registry-tags-mutable': [
      ['LLM03', 'The image behind a tag can be swapped after it was checked.'],
    ],
    'integrity/served-model-artifacts-publicly-writable': [
      ['LLM04', 'Anyone can replace the model the endpoint serves.'],
    ],
    'versioning/endpoint-serves-unregistered-model': [
      ['LLM03', 'The served model has no registered origin to check.'],
    ],
    'versioning/served-model-version-not-approved': [
      ['LLM03', 'The served model version was not approved before use.'],
    ],
  },
};
