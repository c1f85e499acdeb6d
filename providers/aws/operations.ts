/**
 * One AWS API operation a collector may send, with the IAM action it needs. Declarations name
 * operations, never clients: the runner creates the client, schedules the call and pages it, and
 * `awsPermissionsPolicy()` is generated from the same objects, so a call cannot be made without
 * being in the policy.
 */

/** Services the provider talks to; also the scheduler key's `service` and a coverage gap's service. */
export const AWS_SERVICES = [
  'sagemaker',
  's3',
  's3control',
  'ec2',
  'iam',
  'kms',
  'cloudtrail',
  'ecr',
  'sts',
  'organizations',
  'bedrock',
  'bedrock-agent',
] as const;
export type AwsService = (typeof AWS_SERVICES)[number];

/** The part of an SDK command class the runner needs: a constructor whose instances resolve to `O`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandClass<I, O> = new (input: I) => { readonly input: I; resolveMiddleware(...args: any[]): (...a: any[]) => Promise<{ output: O }> };

export interface Operation<I = unknown, O = unknown> {
  service: AwsService;
  /** API operation name, e.g. `ListNotebookInstances`. */
  name: string;
  /** IAM action, e.g. `sagemaker:ListNotebookInstances` (S3 names differ from the operations). */
  action: string;
  command: CommandClass<I, O>;
}

const IAM_PREFIX: Record<AwsService, string> = {
  sagemaker: 'sagemaker',
  s3: 's3',
  s3control: 's3',
  ec2: 'ec2',
  iam: 'iam',
  kms: 'kms',
  cloudtrail: 'cloudtrail',
  ecr: 'ecr',
  sts: 'sts',
  organizations: 'organizations',
  bedrock: 'bedrock',
  'bedrock-agent': 'bedrock',
};

const registry: Operation[] = [];

/**
 * Declares an operation. `action` defaults to `<prefix>:<operation>`; give it where IAM names the
 * permission differently (S3 `GetBucketEncryption` needs `s3:GetEncryptionConfiguration`).
 */
export function op<I, O>(service: AwsService, command: CommandClass<I, O>, action?: string): Operation<I, O> {
  const name = command.name.replace(/Command$/, '');
  const declared: Operation<I, O> = { service, name, action: action ?? `${IAM_PREFIX[service]}:${name}`, command };
  registry.push(declared as unknown as Operation);
  return declared;
}

/** Every operation declared so far (the collectors' modules must have been imported). */
export function declaredOperations(): readonly Operation[] {
  return registry;
}
