import type { TokenCredential } from '@azure/core-auth';
import { createDefaultHttpClient, type Pipeline, type PipelinePolicy } from '@azure/core-rest-pipeline';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { StorageManagementClient } from '@azure/arm-storage';
import { NetworkManagementClient } from '@azure/arm-network';
import { MonitorClient } from '@azure/arm-monitor';
import { KeyVaultManagementClient } from '@azure/arm-keyvault';
import { ContainerRegistryManagementClient } from '@azure/arm-containerregistry';
import { CognitiveServicesManagementClient } from '@azure/arm-cognitiveservices';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import { ManagementGroupsAPI } from '@azure/arm-managementgroups';
import { apiVersionPolicy } from './capture.js';
import { armList, type Listing } from './arm-get.js';
import { withArmPolicies } from './pipeline.js';

export interface ClientConfig {
  credential: TokenCredential;
  /** ARM endpoint without trailing slash, e.g. https://management.azure.com. */
  endpoint: string;
  /** api-version for Microsoft.MachineLearningServices (the SDK's own default is 2022-10-01). */
  machineLearningApiVersion: string;
  /** Timeout of one HTTP attempt (`--call-timeout`); see pipeline.ts. */
  requestTimeoutMs: number;
}

/**
 * The SDK clients of one subscription, created on first use from the injected credential and
 * ARM endpoint. Two SDK generations are in play: the autorest ones build URLs from `$host`
 * (arm-machinelearning ignores `endpoint`), the TypeSpec "modular" ones from `endpoint`; both
 * are given, with the token scope of that endpoint, so sovereign clouds and test servers work.
 * Each client's pipeline carries the mlscan policies (pipeline.ts: throttling, per-request
 * timeout, raw bodies, quota headers, nextLink through the same pipeline).
 */
export class AzureClients {
  private readonly cache = new Map<string, unknown>();
  /** One connection pool for the GETs mlscan sends itself (nextLink pages) through the clients' pipelines. */
  private readonly http = createDefaultHttpClient();

  constructor(
    private readonly config: ClientConfig,
    readonly subscriptionId: string,
  ) {}

  get machineLearning(): AzureMachineLearningWorkspaces {
    return this.once('ml', () =>
      new AzureMachineLearningWorkspaces(this.config.credential, this.subscriptionId, {
        ...this.autorestOptions(),
        apiVersion: this.config.machineLearningApiVersion,
      }),
    );
  }

  /** Lists an ML resource type the SDK has no operation for, through the ML client's pipeline. */
  machineLearningList(path: string): Listing {
    return armList(this.machineLearning, this.config.endpoint, path, this.config.machineLearningApiVersion);
  }

  /**
   * Lists any ARM resource type through a generic client's pipeline, at the given api-version
   * (for resource providers with no installed SDK, e.g. Microsoft.ManagedIdentity).
   */
  genericList(path: string, apiVersion: string): Listing {
    return armList(this.authorization, this.config.endpoint, path, apiVersion);
  }

  get storage(): StorageManagementClient {
    return this.once('storage', () => new StorageManagementClient(this.config.credential, this.subscriptionId, this.modularOptions()));
  }

  get keyVault(): KeyVaultManagementClient {
    return this.once('kv', () => new KeyVaultManagementClient(this.config.credential, this.subscriptionId, this.modularOptions()));
  }

  get containerRegistry(): ContainerRegistryManagementClient {
    return this.once('acr', () => new ContainerRegistryManagementClient(this.config.credential, this.subscriptionId, this.modularOptions()));
  }

  /** Azure AI Services / Azure OpenAI (SDK default api-version 2025-09-01). Account keys (listKeys) are never requested. */
  get cognitiveServices(): CognitiveServicesManagementClient {
    return this.once('cognitive', () => new CognitiveServicesManagementClient(this.config.credential, this.subscriptionId, this.autorestOptions()));
  }

  get network(): NetworkManagementClient {
    return this.once('network', () => new NetworkManagementClient(this.config.credential, this.subscriptionId, this.autorestOptions()));
  }

  get authorization(): AuthorizationManagementClient {
    return this.once('authz', () => new AuthorizationManagementClient(this.config.credential, this.subscriptionId, this.autorestOptions()));
  }

  get monitor(): MonitorClient {
    // arm-monitor 7 pins diagnosticSettings to 2017-05-01-preview (no category groups); ask for 2021-05-01-preview.
    return this.once('monitor', () =>
      new MonitorClient(
        this.config.credential,
        this.subscriptionId,
        this.autorestOptions([apiVersionPolicy([{ pathIncludes: '/providers/Microsoft.Insights/diagnosticSettings', apiVersion: '2021-05-01-preview' }])]),
      ),
    );
  }

  private once<T extends { pipeline: Pipeline }>(name: string, make: () => T): T {
    let client = this.cache.get(name) as T | undefined;
    if (client === undefined) {
      client = withArmPolicies(make(), this.config.requestTimeoutMs, this.http);
      this.cache.set(name, client);
    }
    return client;
  }

  private autorestOptions(extra: PipelinePolicy[] = []) {
    return autorestOptions(this.config, extra);
  }

  private modularOptions() {
    return {
      endpoint: this.config.endpoint,
      credentials: { scopes: [scopeOf(this.config.endpoint)] },
    };
  }
}

/** Tenant-level clients (subscriptions, management groups). */
export function tenantClients(config: ClientConfig): { subscriptions: SubscriptionClient; managementGroups: ManagementGroupsAPI } {
  const http = createDefaultHttpClient();
  return {
    subscriptions: withArmPolicies(new SubscriptionClient(config.credential, autorestOptions(config, [])), config.requestTimeoutMs, http),
    managementGroups: withArmPolicies(new ManagementGroupsAPI(config.credential, autorestOptions(config, [])), config.requestTimeoutMs, http),
  };
}

function autorestOptions(config: ClientConfig, extra: PipelinePolicy[]) {
  return {
    $host: config.endpoint,
    endpoint: config.endpoint,
    credentialScopes: [scopeOf(config.endpoint)],
    additionalPolicies: extra.map((policy) => ({ policy, position: 'perCall' as const })),
  };
}

/** The token scope of an ARM endpoint (`https://management.azure.com/.default`). */
export function scopeOf(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/.default`;
}
