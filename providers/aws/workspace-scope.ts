import type { AssetInput, AssetKind, CoverageGap, Edge } from '../../src/model/index.js';
import type { Inventory } from '../../src/scan/source.js';
import { parseArn } from './arn.js';

/** A SageMaker Studio domain id (`d-` and lowercase letters, digits, hyphens) or its ARN. */
export const DOMAIN_REF = /^(d-[a-z0-9-]{1,62}|arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:domain\/d-[a-z0-9-]{1,62})$/;
/** A notebook instance name or its ARN. */
export const NOTEBOOK_REF = /^([a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}|arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:notebook-instance\/[a-zA-Z0-9-]{1,63})$/;

/** The one workspace an AWS scan narrows to (`--aws-domain`, `--aws-notebook`): the before-release check. */
export interface AwsWorkspace {
  kind: 'domain' | 'notebook';
  /** Domain id (`d-...`) or notebook instance name, as the user gave it or taken from the ARN. */
  name: string;
  /** Account and region, when an ARN was given. */
  account?: string;
  region?: string;
}

export function awsWorkspace(options: { domain?: string | undefined; notebook?: string | undefined }): AwsWorkspace | undefined {
  const kind = options.domain ? 'domain' : options.notebook ? 'notebook' : undefined;
  const ref = options.domain ?? options.notebook;
  // An invalid reference is left to the options schema, which names the field.
  if (!kind || !ref || !(kind === 'domain' ? DOMAIN_REF : NOTEBOOK_REF).test(ref)) return undefined;
  const arn = ref.startsWith('arn:') ? parseArn(ref) : undefined;
  if (!arn) return { kind, name: ref };
  return { kind, name: arn.resource.slice(arn.resource.indexOf('/') + 1), account: arn.account, region: arn.region };
}

/** The workspace asset itself and what lives in it (a domain's user profiles, spaces and apps carry its id in their ARN). */
function isSeed(asset: AssetInput, target: AwsWorkspace): boolean {
  if (target.account && asset.account !== target.account) return false;
  if (target.region && asset.region !== target.region) return false;
  const resource = parseArn(asset.id)?.resource ?? '';
  if (target.kind === 'notebook') return asset.kind === 'notebook' && resource.toLowerCase() === `notebook-instance/${target.name.toLowerCase()}`;
  return resource === `domain/${target.name}` || resource.includes(`/${target.name}/`);
}

/**
 * A workspace no scanned account holds (a mistyped id, another account or region) is a coverage
 * gap in each account that was read completely: an empty inventory would read as a clean check.
 * An account whose listing of that kind failed, or that could not be entered, already has its gap.
 */
function notFoundGaps(inventory: Inventory, target: AwsWorkspace): CoverageGap[] {
  const kind: AssetKind = target.kind === 'domain' ? 'workspace' : 'notebook';
  const what = target.kind === 'domain' ? 'Studio domain' : 'notebook instance';
  const accounts = target.account ? [target.account] : (inventory.accounts ?? []).map((a) => a.id);
  return accounts
    // A gap naming no kind (AssumeRole, DescribeRegions failed) means the account was not read at all.
    .filter((account) => !inventory.gaps.some((g) => g.account === account && (!g.kinds || g.kinds.includes(kind))))
    .map((account) => ({
      provider: 'aws',
      account,
      ...(target.region ? { region: target.region } : {}),
      service: 'sagemaker',
      errorCode: 'WorkspaceNotFound',
      message: `${what} ${target.name} was not found in the regions scanned: nothing about it is reported`,
      kinds: [kind],
    }));
}

/**
 * Keeps the workspace, what lives in it and everything it reaches along the graph's edges (its
 * network, keys, roles, buckets, images), mirroring `--azure-workspace`. Coverage gaps are all
 * kept: a gap in the account may hide part of what the workspace reaches.
 */
export function narrowToWorkspace(inventory: Inventory, target: AwsWorkspace): Inventory {
  const out = new Map<string, Edge[]>();
  for (const e of inventory.edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const keep = new Set(inventory.assets.filter((a) => isSeed(a, target)).map((a) => a.id));
  const gaps = keep.size > 0 ? inventory.gaps : [...inventory.gaps, ...notFoundGaps(inventory, target)];
  const queue = [...keep];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const e of out.get(id) ?? []) {
      if (keep.has(e.to)) continue;
      keep.add(e.to);
      queue.push(e.to);
    }
  }
  return {
    ...inventory,
    assets: inventory.assets.filter((a) => keep.has(a.id)),
    edges: inventory.edges.filter((e) => keep.has(e.from)),
    gaps,
  };
}
