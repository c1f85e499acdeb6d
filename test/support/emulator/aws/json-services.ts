import type { Reply } from '../loopback.js';
import type { AwsEstate } from './estate.js';
import { json11, json11Protocol } from './wire.js';

type Json = Record<string, unknown>;

/** KMS (TrentService), ECR and CloudTrail: JSON 1.1, one answer per operation. Undefined: not served. */
export function answerJsonService(estate: AwsEstate, service: string, op: string, input: Json): Reply | undefined {
  const error = json11Protocol.error;
  switch (`${service}:${op}`) {
    case 'kms:DescribeKey':
    case 'kms:GetKeyRotationStatus':
    case 'kms:GetKeyPolicy': {
      const key = keyOf(estate, String(input.KeyId));
      if (!key) return error(400, 'NotFoundException', `Key '${String(input.KeyId)}' does not exist`);
      if (op === 'DescribeKey') return json11({ KeyMetadata: key.metadata });
      if (op === 'GetKeyRotationStatus') return json11({ KeyRotationEnabled: key.rotation, KeyId: key.metadata.Arn, RotationPeriodInDays: 365 });
      return json11({ Policy: key.policy, PolicyName: 'default' });
    }
    case 'ecr:DescribeRepositories': {
      const names = (input.repositoryNames as string[] | undefined) ?? [...estate.ecr.keys()];
      const missing = names.find((name) => !estate.ecr.has(name));
      if (missing) return error(400, 'RepositoryNotFoundException', `The repository with name '${missing}' does not exist in the registry with id '${estate.account}'`);
      return json11({ repositories: names.map((name) => estate.ecr.get(name)) });
    }
    case 'ecr:GetRegistryScanningConfiguration':
      return json11({ registryId: estate.account, scanningConfiguration: { scanType: 'BASIC', rules: [] } });
    case 'ecr:GetRepositoryPolicy': {
      const name = String(input.repositoryName);
      if (!estate.ecr.has(name)) return error(400, 'RepositoryNotFoundException', `The repository with name '${name}' does not exist`);
      return error(400, 'RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${name}' in the registry with id '${estate.account}'`);
    }
    case 'ecr:ListTagsForResource':
      return json11({ tags: [{ Key: 'team', Value: 'ml-platform' }] });
    case 'cloudtrail:DescribeTrails':
      return json11({ trailList: estate.trails.map((t) => t.trail) });
    case 'cloudtrail:GetTrailStatus':
    case 'cloudtrail:GetEventSelectors': {
      const name = String(input.Name ?? input.TrailName);
      const trail = estate.trails.find((t) => t.trail.TrailARN === name || t.trail.Name === name);
      if (!trail) return error(400, 'TrailNotFoundException', `Unknown trail: ${name} for the user: ${estate.account}`);
      return json11(op === 'GetTrailStatus' ? trail.status : trail.selectors);
    }
    default:
      return undefined;
  }
}

/** A KMS key by id, key ARN or alias ARN. */
function keyOf(estate: AwsEstate, ref: string): { metadata: Json; rotation: boolean; policy: string } | undefined {
  return estate.kms.get(ref) ?? [...estate.kms.values()].find((k) => k.metadata.KeyId === ref);
}
