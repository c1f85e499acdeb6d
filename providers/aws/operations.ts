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
  'tagging',
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
  /** The request member that sets a page's size and the service's maximum for it: sent with every page of a paged read. */
  pageSize?: PageSize;
}

export interface PageSize {
  member: string;
  max: number;
}

/**
 * Largest page each paged operation accepts, from the API references: SageMaker List* 1..100;
 * Bedrock and Bedrock Agents List* 1..1000; IAM MaxItems 1..1000; Organizations ListAccounts
 * 1..20; Resource Groups Tagging GetResources ResourcesPerPage 1..100; S3 ListBuckets MaxBuckets
 * 1..10,000. EC2 differs per operation (DescribeRouteTables 5..100; DescribeVpcEndpoints and
 * DescribeFlowLogs up to 1,000); EC2 reads by id take no MaxResults, and are not paged here.
 * A paged read always asks for the largest page: the fewest calls (the default is often 10).
 * SageMaker ListTags documents only a minimum (50), so it keeps its default.
 */
const PAGE_SIZES: Partial<Record<AwsService, PageSize | ((name: string) => PageSize | undefined)>> = {
  sagemaker: (name) => (name.startsWith('List') && name !== 'ListTags' ? { member: 'MaxResults', max: 100 } : undefined),
  bedrock: (name) => (name.startsWith('List') ? { member: 'maxResults', max: 1000 } : undefined),
  'bedrock-agent': (name) => (name.startsWith('List') ? { member: 'maxResults', max: 1000 } : undefined),
  iam: { member: 'MaxItems', max: 1000 },
  organizations: { member: 'MaxResults', max: 20 },
  tagging: { member: 'ResourcesPerPage', max: 100 },
  s3: (name) => (name === 'ListBuckets' ? { member: 'MaxBuckets', max: 10_000 } : undefined),
  ec2: (name) => EC2_PAGE_SIZES[name],
};
const EC2_PAGE_SIZES: Record<string, PageSize> = {
  DescribeRouteTables: { member: 'MaxResults', max: 100 },
  DescribeVpcEndpoints: { member: 'MaxResults', max: 1000 },
  DescribeFlowLogs: { member: 'MaxResults', max: 1000 },
};

function pageSizeOf(service: AwsService, name: string): PageSize | undefined {
  const rule = PAGE_SIZES[service];
  return typeof rule === 'function' ? rule(name) : rule;
}

/** The request of one page: the operation's largest page size unless the request names one. */
export function withPageSize<T extends Record<string, unknown>>(op: Pick<Operation, 'pageSize'>, input: T): T {
  const size = op.pageSize;
  return size && input[size.member] === undefined ? { ...input, [size.member]: size.max } : input;
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
  tagging: 'tag',
};

const registry: Operation[] = [];

/**
 * Declares an operation. `action` defaults to `<prefix>:<operation>`; give it where IAM names the
 * permission differently (S3 `GetBucketEncryption` needs `s3:GetEncryptionConfiguration`).
 */
export function op<I, O>(service: AwsService, command: CommandClass<I, O>, action?: string): Operation<I, O> {
  const name = command.name.replace(/Command$/, '');
  const pageSize = pageSizeOf(service, name);
  const declared: Operation<I, O> = { service, name, action: action ?? `${IAM_PREFIX[service]}:${name}`, command, ...(pageSize ? { pageSize } : {}) };
  registry.push(declared as unknown as Operation);
  return declared;
}

/** Every operation declared so far (the collectors' modules must have been imported). */
export function declaredOperations(): readonly Operation[] {
  return registry;
}
