import nock from 'nock';
import type { Operation } from '../../../providers/aws/operations.js';
import { ACCOUNT, REGION } from './support.js';
import { denyBedrockOperation } from './bedrock-wire.js';

/** JSON 1.1 services: host and X-Amz-Target prefix. */
const JSON11: Partial<Record<Operation['service'], { host: string; target: string }>> = {
  sagemaker: { host: `api.sagemaker.${REGION}.amazonaws.com`, target: 'SageMaker' },
  kms: { host: `kms.${REGION}.amazonaws.com`, target: 'TrentService' },
  ecr: { host: `api.ecr.${REGION}.amazonaws.com`, target: 'AmazonEC2ContainerRegistry_V20150921' },
  cloudtrail: { host: `cloudtrail.${REGION}.amazonaws.com`, target: 'CloudTrail_20131101' },
};

/** S3 bucket operations by the sub-resource of their GET. */
const S3_SUBRESOURCE: Record<string, string> = {
  GetBucketLocation: 'location',
  GetPublicAccessBlock: 'publicAccessBlock',
  GetBucketPolicyStatus: 'policyStatus',
  GetBucketPolicy: 'policy',
  GetBucketAcl: 'acl',
  GetBucketOwnershipControls: 'ownershipControls',
  GetBucketEncryption: 'encryption',
  GetBucketVersioning: 'versioning',
  GetBucketLogging: 'logging',
  GetObjectLockConfiguration: 'object-lock',
  GetBucketTagging: 'tagging',
};

const S3_DENIED = '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>r</RequestId></Error>';
const XML = { 'content-type': 'application/xml' };

/**
 * Answers every call of `op` (path-style S3, one region) with the access-denied error its service
 * sends on its own wire protocol. Register it before the estate's answers: nock uses the first
 * interceptor that matches.
 */
export function denyOperation(op: Operation): void {
  const message = `User: arn:aws:iam::${ACCOUNT}:user/scanner is not authorized to perform: ${op.action}`;
  const json = JSON11[op.service];
  if (json) {
    nock(`https://${json.host}`)
      .persist()
      .post('/')
      .matchHeader('x-amz-target', `${json.target}.${op.name}`)
      .reply(400, JSON.stringify({ __type: 'AccessDeniedException', message }), { 'content-type': 'application/x-amz-json-1.1' });
  } else if (op.service === 'iam') {
    const body = `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>${message}</Message></Error><RequestId>r</RequestId></ErrorResponse>`;
    nock('https://iam.amazonaws.com').persist().post('/', (b: Record<string, string>) => b.Action === op.name).reply(403, body, { 'content-type': 'text/xml' });
  } else if (op.service === 'ec2') {
    const body = `<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>r</RequestID></Response>`;
    nock(`https://ec2.${REGION}.amazonaws.com`).persist().post('/', (b: Record<string, string>) => b.Action === op.name).reply(403, body, { 'content-type': 'text/xml' });
  } else if (op.service === 's3control') {
    nock(`https://${ACCOUNT}.s3-control.${REGION}.amazonaws.com`).persist().get((uri) => uri.startsWith(`/v20180820/configuration/publicAccessBlock`)).reply(403, S3_DENIED, XML);
  } else if (op.service === 's3' && op.name === 'ListBuckets') {
    nock(`https://s3.${REGION}.amazonaws.com`).persist().get((uri) => uri === '/' || uri.startsWith('/?')).reply(403, S3_DENIED, XML);
  } else if (op.service === 's3' && S3_SUBRESOURCE[op.name]) {
    const sub = S3_SUBRESOURCE[op.name]!;
    nock(`https://s3.${REGION}.amazonaws.com`).persist().get((uri) => new URLSearchParams(uri.split('?')[1] ?? '').has(sub)).reply(403, S3_DENIED, XML);
  } else if (op.service === 'bedrock' || op.service === 'bedrock-agent') {
    denyBedrockOperation(op, REGION, ACCOUNT);
  } else {
    throw new Error(`no access-denied answer for ${op.service}:${op.name}`);
  }
}
