// SageMaker model cards: status, the KMS key that protects them, and the model they document.
// A card's Content is free text written by whoever documents the model: it is asked for as
// `MetadataOnly` (the ids of the model it documents, no kms:Decrypt needed), read here for those
// ids alone, and never kept (sagemaker-jobs-raw-fields.ts names no Content).
import { DescribeModelCardCommand, type DescribeModelCardResponse, ListModelCardsCommand } from '@aws-sdk/client-sagemaker';
import { compact, parseArn } from '../arn.js';
import type { CommandClassOf, EdgeSpec } from '../collector.js';
import { encryptionFacts } from './common.js';
import { describedRecordCollector, type JobReading } from './sagemaker-jobs.js';

/** The documented model's ids in a card's (MetadataOnly) Content, per the model card JSON schema. */
interface CardMetadata {
  model_overview?: { model_id?: unknown };
  model_package_details?: { model_package_arn?: unknown };
}

/** SageMaker model or model-package ARNs the card names; anything else (a model outside SageMaker, bad JSON) gives none. */
export function documentedModels(content: string | undefined): string[] {
  let parsed: CardMetadata;
  try {
    parsed = JSON.parse(content ?? '{}') as CardMetadata;
  } catch {
    return [];
  }
  const ids = [parsed?.model_overview?.model_id, parsed?.model_package_details?.model_package_arn];
  // SageMaker spells model names in ARNs in lower case, as the model assets' ids do.
  return compact(ids.map((id) => (typeof id === 'string' && isModelArn(id) ? id.toLowerCase() : undefined)));
}

function isModelArn(id: string): boolean {
  const arn = parseArn(id);
  return arn?.service === 'sagemaker' && /^(model|model-package)\/[^/]/.test(arn.resource);
}

/** A card without a SecurityConfig key is encrypted with an AWS-owned key. */
export function readModelCard(d: DescribeModelCardResponse): JobReading {
  const key = d.SecurityConfig?.KmsKeyId;
  return { facts: encryptionFacts(key), keys: [key], edges: documentedModels(d.Content).map((to): EdgeSpec => ({ kind: 'documents', to })) };
}

export const modelCards = describedRecordCollector<DescribeModelCardResponse>({
  member: 'ModelCard',
  resource: 'model-card',
  kind: 'model-card',
  facts: ['encryption', 'encryptionKeyId'],
  list: ListModelCardsCommand as unknown as CommandClassOf<{ NextToken?: string; MaxResults?: number }, Record<string, unknown>>,
  describe: DescribeModelCardCommand as unknown as CommandClassOf<Record<string, string | undefined>, DescribeModelCardResponse>,
  describeInput: { IncludedData: 'MetadataOnly' },
  read: readModelCard,
});
