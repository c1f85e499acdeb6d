import { z } from 'zod';

/**
 * Normalised facts. Every field is optional: a missing field means the provider could not
 * see it (or it does not apply), and a rule that needs it answers `unknown`, never pass. A field
 * the cloud leaves out because it is not configured is written as its explicit value, where the
 * API documents that. FACTS.md beside this file says, per fact and per cloud, which is which.
 * Providers fill these from the raw record so one rule judges every cloud.
 */
export const EncryptionSchema = z
  .enum(['none', 'platform', 'cmk'])
  .describe('At-rest encryption: none, platform-managed key, or customer-managed key');
export type Encryption = z.infer<typeof EncryptionSchema>;

export const FactsSchema = z
  .object({
    // --- exposure
    publicNetworkAccess: z
      .boolean()
      .optional()
      .describe('Reachable from the public internet at the network layer (public endpoint on, no firewall default-deny)'),
    publicRead: z.boolean().optional().describe('Anyone on the internet can read data (anonymous/public ACL or policy)'),
    publicWrite: z.boolean().optional().describe('Anyone on the internet can write or delete data'),
    publicIp: z.boolean().optional().describe('Compute nodes get a public IP address'),
    directInternetAccess: z
      .boolean()
      .optional()
      .describe('Outbound internet access not routed through the customer network (e.g. SageMaker DirectInternetAccess)'),
    sshEnabled: z.boolean().optional().describe('SSH or remote shell access is enabled'),
    ingressOpenToInternet: z
      .boolean()
      .optional()
      .describe('A security group / NSG admits inbound traffic from 0.0.0.0/0, ::/0 or Internet'),
    adminPortsOpenToInternet: z
      .boolean()
      .optional()
      .describe('Admin ports (22, 3389) or all ports are open to the internet'),
    subnetPublic: z.boolean().optional().describe('Subnet routes to an internet gateway'),
    // --- identity and access
    authModes: z
      .array(z.string())
      .optional()
      .describe("Accepted authentication modes, lower case: 'key', 'token', 'aad', 'iam', 'sso', 'none'"),
    localAuthEnabled: z
      .boolean()
      .optional()
      .describe('Local credentials (access keys, shared keys, admin users) are accepted'),
    rootAccess: z.boolean().optional().describe('Users get root / administrator on the compute'),
    privilege: z
      .enum(['admin', 'broad', 'scoped', 'read'])
      .optional()
      .describe('Breadth of a role or identity: admin (*:*, Owner), broad (service-wide wildcards, Contributor), scoped, read'),
    wildcardActions: z.array(z.string()).optional().describe('Wildcard actions granted (e.g. s3:*, sagemaker:*, *)'),
    externalPrincipals: z
      .array(z.string())
      .optional()
      .describe('Principals outside the account/tenant that are trusted or granted (account ids, tenant ids, *)'),
    principalType: z
      .enum(['user', 'guest', 'group', 'service-principal', 'managed-identity', 'role', 'unknown'])
      .optional()
      .describe('Kind of principal a role assignment grants to'),
    scopeLevel: z
      .enum(['organization', 'account', 'subscription', 'resource-group', 'resource'])
      .optional()
      .describe('Scope a role assignment applies at'),
    roleName: z.string().optional().describe('Name of the role granted or assumed'),
    // --- network segmentation
    inVirtualNetwork: z.boolean().optional().describe('Runs inside a customer VPC / VNet'),
    privateEndpoints: z.number().int().nonnegative().optional().describe('Number of approved private endpoints / VPC endpoints serving it'),
    networkIsolation: z
      .boolean()
      .optional()
      .describe('Container / managed network isolation on (no outbound except approved)'),
    outboundRestricted: z.boolean().optional().describe('Outbound traffic limited to approved destinations'),
    // --- logging
    loggingEnabled: z.boolean().optional().describe('Resource / access / audit logs are collected'),
    logCategories: z.array(z.string()).optional().describe('Log categories or event selectors collected'),
    logDestinations: z.array(z.string()).optional().describe('Where logs go (ids of log sinks, buckets, workspaces)'),
    dataCapture: z.boolean().optional().describe('Inference requests/responses are captured for audit'),
    promptLoggingEnabled: z.boolean().optional().describe('Prompts and completions of generative-model invocations are logged'),
    contentFilter: z.boolean().optional().describe('A guardrail / content filter screens the prompts and completions it serves'),
    multiRegion: z.boolean().optional().describe('Audit trail covers every region'),
    logFileValidation: z.boolean().optional().describe('Audit log files are integrity-validated'),
    dataEventsLogged: z.boolean().optional().describe('Data-plane (object read/write) events are logged'),
    // --- versioning and lineage
    versioning: z.boolean().optional().describe('Object / blob / dataset versioning on'),
    softDelete: z.boolean().optional().describe('Deleted data is recoverable for a retention period'),
    mfaDelete: z.boolean().optional().describe('Deleting versions requires MFA'),
    registered: z.boolean().optional().describe('Model is registered in a model registry with a version'),
    approvalStatus: z
      .enum(['approved', 'pending', 'rejected', 'none'])
      .optional()
      .describe('Registry approval status of a model version'),
    lineageRecorded: z.boolean().optional().describe('Training data / job lineage is recorded for the model'),
    // --- encryption
    encryption: EncryptionSchema.optional().describe('At-rest encryption: none, platform-managed key, or customer-managed key'),
    encryptionKeyId: z.string().optional().describe('Id of the key that encrypts it, when customer-managed'),
    transitEncryption: z.boolean().optional().describe('Encryption in transit enforced (TLS only / inter-node encryption)'),
    minTlsVersion: z.string().optional().describe("Minimum TLS version accepted, e.g. '1.2'"),
    keyRotation: z.boolean().optional().describe('Automatic key rotation on'),
    purgeProtection: z.boolean().optional().describe('Key vault purge protection on'),
    keyManager: z.enum(['customer', 'provider']).optional().describe('Who manages a KMS key'),
    // --- integrity and supply chain
    immutability: z.boolean().optional().describe('Write-once (Object Lock / immutability policy) on'),
    imageScanning: z.boolean().optional().describe('Images are scanned for vulnerabilities on push'),
    tagImmutability: z.boolean().optional().describe('Image tags cannot be overwritten'),
    anonymousPull: z.boolean().optional().describe('Images can be pulled without authentication'),
    scriptSecrets: z
      .array(z.string())
      .optional()
      .describe('Secrets embedded in the scripts it runs (lifecycle configurations, setup scripts), as "<script> line <n>: <kind>", never the values; empty when every script was read and holds none'),
    // --- operations
    idleShutdown: z.boolean().optional().describe('Idle compute shuts down / scales to zero'),
    instanceCount: z.number().int().nonnegative().optional().describe('Instances backing an endpoint variant'),
    serverless: z.boolean().optional().describe('Capacity is serverless (instance count does not apply)'),
    providerHostedModel: z
      .boolean()
      .optional()
      .describe('Serves a model the cloud provider hosts and loads itself (a foundation or catalog model), not artifacts from customer storage'),
    highBusinessImpact: z.boolean().optional().describe('Workspace flagged as high business impact (reduced telemetry, encrypted scratch)'),
    mlRelated: z.boolean().optional().describe('Supporting resource (storage, key, network) is used by or tagged for ML'),
    tagsRead: z
      .boolean()
      .optional()
      .describe('The resource tags were read, so a tag missing from `tags` is not set (rather than not seen)'),
  })
  .strict()
  .describe('Normalised, cloud-neutral facts about an asset');
export type Facts = z.infer<typeof FactsSchema>;
export type FactName = keyof Facts;

/**
 * What one provider's collectors and linkers can set, per native type: a fact missing from a type's
 * list is one no scan of that provider can ever read there, so a rule that needs it does not apply
 * (`not_applicable`), where a fact in the list that is missing was not read (`unknown`).
 */
export type FactCarriers = Readonly<Record<string, readonly FactName[]>>;
/** The fact carriers of each provider that declares them, by provider id. */
export type FactCarriersByProvider = Readonly<Record<string, FactCarriers>>;
