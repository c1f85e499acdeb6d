import type { AnyCollector } from '../collector.js';
import { linkEndpointExposure } from '../endpoint-exposure.js';
import type { Linker } from '../runner.js';
import { bedrockCollectors } from './bedrock.js';
import { bedrockAgentCollectors } from './bedrock-agents.js';
import { cloudtrailCollectors, linkDataEvents } from './cloudtrail.js';
import { ecrCollectors } from './ecr.js';
import { iamCollectors, unfoldRoleAuthorization } from './iam.js';
import { kmsCollectors, resolveKeyEncryption } from './kms.js';
import { linkMonitoringSchedules, monitoringCollectors } from './monitoring.js';
import { networkCollectors } from './network.js';
import { s3Collectors } from './s3.js';
import { linkSageMaker, sagemakerCollectors } from './sagemaker.js';

/** Every collector the AWS provider runs, in declaration order. */
export const awsCollectors: readonly AnyCollector[] = [
  ...sagemakerCollectors,
  ...monitoringCollectors,
  ...bedrockCollectors,
  ...bedrockAgentCollectors,
  ...s3Collectors,
  ...iamCollectors,
  ...ecrCollectors,
  ...networkCollectors,
  ...kmsCollectors,
  ...cloudtrailCollectors,
];

/** Cross-record passes, run per account after every collector. Order matters: keys first, then the facts copied from other records. */
export const awsLinkers: readonly Linker[] = [resolveKeyEncryption, linkSageMaker, linkMonitoringSchedules, linkDataEvents, linkEndpointExposure, unfoldRoleAuthorization];
