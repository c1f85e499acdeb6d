import { z } from 'zod';

/** Kinds that are part of an ML estate in their own right (not supporting infrastructure). */
const ML_KIND_LIST = [
  'workspace',
  'compute',
  'notebook',
  'datastore',
  'dataset',
  'model',
  'model-version',
  'model-registry',
  'endpoint',
  'deployment',
  'training-job',
  'ml-job', // a batch job that is not training: processing, batch transform, compilation
  'model-card',
  'pipeline',
  'feature-store',
  'guardrail',
  'agent',
  'knowledge-base',
  'ai-service',
  'tracking-server', // experiment tracking (SageMaker managed MLflow)
] as const;

/** Cloud-neutral asset kinds: the ML kinds, then the infrastructure around them. Providers map their native types onto these. */
export const ASSET_KINDS = [
  ...ML_KIND_LIST,
  'connection',
  'storage',
  'network',
  'subnet',
  'private-endpoint',
  'security-group',
  'key-vault',
  'kms-key',
  'container-registry',
  'identity',
  'role',
  'role-assignment',
  'log-sink',
  'audit-trail',
  'monitoring',
  'lifecycle-script', // a script ML compute runs on create or start (SageMaker lifecycle configuration)
] as const;
export const AssetKindSchema = z.enum(ASSET_KINDS).describe('Cloud-neutral asset kind');
export type AssetKind = z.infer<typeof AssetKindSchema>;

export const PROVIDERS = ['aws', 'azure', 'gcp'] as const;
export const ProviderSchema = z.enum(PROVIDERS).describe('Cloud provider the asset lives in');
export type Provider = z.infer<typeof ProviderSchema>;

/**
 * Edge kinds. Direction reads as a sentence: `from` <kind> `to`.
 * e.g. endpoint serves-model model; model trained-on dataset; dataset stored-in storage.
 */
export const EDGE_KINDS = [
  'contains', // workspace contains compute / endpoint / model ...
  'uses-storage', // workspace, datastore, training job, feature store -> storage
  'stored-in', // dataset / model-version artifacts -> storage
  'in-network', // compute, notebook, endpoint, private endpoint -> network or subnet
  'protected-by', // compute / notebook / subnet -> security-group
  'private-endpoint', // storage / workspace / key vault -> private-endpoint that serves it
  'serves-model', // endpoint / deployment -> model or model-version
  'version-of', // model-version -> model (registry entry)
  'trained-on', // model / model-version / training-job -> dataset, datastore or storage
  'produced-by', // model / model-version -> training-job or pipeline
  'encrypted-by', // anything -> kms-key / key-vault
  'logs-to', // anything -> log-sink / audit-trail
  'granted-to', // role-assignment -> identity, or role-assignment -> the scope it grants on
  'grants-role', // role-assignment -> role
  'assumes', // workspace / notebook / training-job / endpoint -> identity or role it runs as
  'uses-image', // model / deployment / training-job -> container-registry
  'uses-key-vault', // workspace -> key-vault
  'uses-registry', // workspace -> container-registry
  'monitored-by', // workspace -> monitoring (e.g. Application Insights)
  'connects-to', // connection -> external target
  'filtered-by', // agent / deployment -> guardrail or content filter that screens its prompts and completions
  'retrieves-from', // agent -> knowledge-base it answers from
  'in-hub', // AI Foundry project -> the hub workspace it belongs to
  'documents', // model-card -> the model or model-version it describes
  'runs-script', // notebook / compute / workspace / identity -> lifecycle-script it runs, or storage it loads its scripts from
] as const;
export const EdgeKindSchema = z.enum(EDGE_KINDS).describe('Relationship kind; reads from -> to');
export type EdgeKind = z.infer<typeof EdgeKindSchema>;

/** Kinds that are part of an ML estate in their own right (not supporting infrastructure). */
export const ML_ASSET_KINDS: ReadonlySet<AssetKind> = new Set<AssetKind>(ML_KIND_LIST);
