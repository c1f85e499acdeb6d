import type { Asset, AssetInput, AssetKind, Facts } from '../../../src/model/index.js';
import { makeAsset } from '../../support/assets.js';

/**
 * A hand-made AWS asset: native type, facts, and the raw envelope (`raw` = the listing record,
 * `details` / `describe` = the detail results). Prefer test/support/wire-assets.ts, which builds the
 * asset through the provider's own normaliser from a recorded payload.
 */
export function awsAsset(
  kind: AssetKind,
  nativeType: string,
  options: { name?: string; id?: string; facts?: Facts; raw?: Record<string, unknown>; details?: Record<string, unknown>; describe?: unknown } = {},
): Asset {
  const details = { ...(options.describe !== undefined ? { describe: options.describe } : {}), ...options.details };
  const input: Partial<AssetInput> & Pick<AssetInput, 'kind'> = {
    kind,
    provider: 'aws',
    nativeType,
    facts: options.facts ?? {},
    raw: { record: { ...options.raw }, ...(Object.keys(details).length ? { details } : {}) },
  };
  if (options.name) input.name = options.name;
  if (options.id) input.id = options.id;
  return makeAsset(input);
}

export const NOTEBOOK = 'AWS::SageMaker::NotebookInstance';
export const DOMAIN = 'AWS::SageMaker::Domain';
export const TRAINING_JOB = 'AWS::SageMaker::TrainingJob';
export const MODEL = 'AWS::SageMaker::Model';
export const ENDPOINT_CONFIG = 'AWS::SageMaker::EndpointConfig';
export const MODEL_PACKAGE = 'AWS::SageMaker::ModelPackage';
export const FEATURE_GROUP = 'AWS::SageMaker::FeatureGroup';
export const BUCKET = 'AWS::S3::Bucket';
export const ROLE = 'AWS::IAM::Role';
export const KMS_KEY = 'AWS::KMS::Key';
export const TRAIL = 'AWS::CloudTrail::Trail';
export const REPOSITORY = 'AWS::ECR::Repository';
export const VPC = 'AWS::EC2::VPC';
export const SUBNET = 'AWS::EC2::Subnet';
export const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';

/** A kms-key asset with the given manager, for the keys rules look up through encrypted-by. */
export function kmsKey(arn: string, manager: 'customer' | 'provider'): Asset {
  return awsAsset('kms-key', KMS_KEY, { id: arn, name: arn.split('/').pop()!, facts: { keyManager: manager } });
}
