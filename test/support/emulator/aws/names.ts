/** Names of the shared resources ML assets point at (buckets, roles, network, keys, images). */
export interface AwsNames {
  account: string;
  region: string;
  vpc: string;
  subnets: [string, string];
  securityGroups: [string, string];
  /** Customer-managed key ARNs. */
  keys: [string, string];
  roles: { notebooks: string; training: string; inference: string; pipelines: string };
  /** ECR repository names: training, inference, processing images. */
  repositories: [string, string, string];
  buckets: { training: string; datasets: string; models: string; features: string; capture: string; monitoring: string; artifacts: string; pipelines: string };
  /** Buckets nobody ML uses and not named for ML: listed, never inventoried. */
  otherBuckets: string[];
  image(repository: string, tag: string): string;
}

export function awsNames(account: string, region: string): AwsNames {
  const role = (name: string) => `arn:aws:iam::${account}:role/${name}`;
  const key = (n: number) => `arn:aws:kms:${region}:${account}:key/0f1e2d3c-0000-4000-8000-00000000000${n}`;
  return {
    account,
    region,
    vpc: 'vpc-0e1a2b3c4d5e6f708',
    subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
    securityGroups: ['sg-0a1b2c3d4e5f60001', 'sg-0a1b2c3d4e5f60002'],
    keys: [key(1), key(2)],
    roles: { notebooks: role('ml-exec-notebooks'), training: role('ml-exec-training'), inference: role('ml-exec-inference'), pipelines: role('ml-exec-pipelines') },
    repositories: ['ml-train', 'ml-inference', 'ml-processing'],
    buckets: {
      training: 'ml-training-data',
      datasets: 'ml-datasets',
      models: 'ml-models',
      features: 'ml-features',
      capture: 'ml-inference-capture',
      monitoring: 'ml-monitoring',
      artifacts: 'ml-artifacts',
      pipelines: `sagemaker-pipelines-${account}`,
    },
    otherBuckets: ['corp-website', 'finance-archive'],
    image: (repository, tag) => `${account}.dkr.ecr.${region}.amazonaws.com/${repository}:${tag}`,
  };
}
