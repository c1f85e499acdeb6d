import { z } from 'zod';
import type { FactCarriers, FactCarriersByProvider } from '../model/index.js';
import type { InventorySource } from './source.js';
import type { ShardSlice } from './shard.js';
import type { ProviderPlan, RecordCounts } from './plan.js';

/**
 * One CLI flag of a provider, declared as data. The CLI adds it to `scan` and `inventory`; a
 * flag given turns the provider on, and its value (after `parse`) lands on `option` of the
 * provider's options object. A flag without `option` only turns the provider on (`--aws`).
 */
export interface ProviderFlag {
  /** Commander syntax: `--aws` or `--aws-accounts <ids>`. */
  flag: string;
  description: string;
  /** `list`: comma-separated and repeatable; `positive-int`; a function for anything else; default: the string. */
  parse?: 'list' | 'positive-int' | ((value: string, previous?: unknown) => unknown);
  /** The key of the options object the value goes to. */
  option?: string;
}

/** `mlscan permissions <id>`: the read-only access a scan needs, and optionally what `--org` prints. */
export interface ProviderPermissions {
  describe: string;
  document(): Promise<unknown>;
  /**
   * `mlscan permissions <id> --org`: how to grant that access across an organisation (e.g. a
   * member-account role and its deployment template). `flags` are added to the command, their
   * values handed over under `option`; a missing or bad value is a UsageError.
   */
  org?: {
    flags: readonly ProviderFlag[];
    document(options: Record<string, unknown>): Promise<{ json: unknown; text: string }>;
  };
}

/** What a source factory gets besides the options: nothing cloud-specific. */
export interface SourceContext {
  /** The provider's id, e.g. for naming its progress events. */
  providerId: string;
  /** `mlscan inventory --shard i/N`: collect only the accounts or subscriptions of this slice (`takeShard`). */
  shard?: ShardSlice;
}

/** What a provider's `plan()` gets: the shard to slice by, and the previous scan's record counts when a history was given. */
export interface PlanContext extends SourceContext {
  records?: RecordCounts;
}

/**
 * A provider plugin: one folder under providers/ exports one of these, and one line in the
 * registration list (providers/index.ts) makes the CLI flags, `--help`, the config file section
 * (`<id>:`), the published config schema, `mlscan permissions <id>` and the library's
 * `createSource(id, …)` know it. Importing a plugin must stay cheap: load SDKs inside
 * `createSource` and `permissions` (dynamic import), so a snapshot scan never loads them.
 */
export interface ProviderPlugin {
  /** Config section, `--provider` value, `mlscan permissions <id>`, e.g. `aws`. */
  readonly id: string;
  readonly title: string;
  /** Zod schema of the options (the config section and the flags map onto it). Strict, described fields. */
  readonly options: z.ZodType<Record<string, unknown>, Record<string, unknown>>;
  readonly flags: readonly ProviderFlag[];
  /** The option `--call-timeout <ms>` sets, when the provider has one. */
  readonly callTimeoutOption?: string;
  /** Path of the provider's README, relative to the package root. */
  readonly readme: string;
  /** The options as the user wrote them (flags over config section); the plugin applies defaults. */
  createSource(options: Record<string, unknown>, context: SourceContext): Promise<InventorySource>;
  /**
   * `mlscan plan`: the units a scan would run and their estimated calls, from cheap read-only
   * identity and enumeration calls only (never a collector's call). Absent: the provider cannot plan.
   */
  plan?(options: Record<string, unknown>, context: PlanContext): Promise<ProviderPlan>;
  /** What `mlscan permissions <id>` prints (as JSON), with a short noun phrase for `--help`. */
  readonly permissions?: ProviderPermissions;
  /**
   * Per native type, every fact the provider's collectors and linkers can set (static data, so the
   * plugin stays cheap to import; a drift test checks it against the collectors' `facts`). A rule
   * needing a fact its asset's type never carries is `not_applicable`. Absent: nothing is known.
   */
  readonly factCarriers?: FactCarriers;
}

/** What a provider folder declares; `defineProviderPlugin` derives the rest the same way for every cloud. */
export interface ProviderPluginDeclaration<O> {
  id: string;
  title: string;
  options: ProviderPlugin['options'];
  /** What the bare `--<id>` flag does, e.g. "scan AWS live with the standard credential chain". */
  enable: string;
  /** The flags besides `--<id>`, e.g. `--aws-regions <list>`. */
  flags: readonly ProviderFlag[];
  callTimeoutOption?: string;
  /**
   * Loads the source factory when a scan uses the provider (a dynamic import: the SDKs load only
   * then). The factory gets the shard to slice its accounts or subscriptions by, when one is set.
   */
  loadSource: () => Promise<(options: O, slice?: { shard?: ShardSlice }) => InventorySource>;
  permissions?: ProviderPlugin['permissions'];
  factCarriers?: FactCarriers;
  /** Loads the provider's planner (a dynamic import, as `loadSource`). */
  loadPlan?: () => Promise<(options: O, context: PlanContext) => Promise<ProviderPlan>>;
}

/** A plugin from its declaration: the `--<id>` flag first, the README at `providers/<id>/README.md`, the source loaded lazily. */
export function defineProviderPlugin<O>(d: ProviderPluginDeclaration<O>): ProviderPlugin {
  return {
    id: d.id,
    title: d.title,
    options: d.options,
    readme: `providers/${d.id}/README.md`,
    flags: [{ flag: `--${d.id}`, description: d.enable }, ...d.flags],
    ...(d.callTimeoutOption ? { callTimeoutOption: d.callTimeoutOption } : {}),
    createSource: async (options, context) => (await d.loadSource())(options as O, context.shard ? { shard: context.shard } : {}),
    ...(d.permissions ? { permissions: d.permissions } : {}),
    ...(d.factCarriers ? { factCarriers: d.factCarriers } : {}),
    ...(d.loadPlan ? { plan: async (options: Record<string, unknown>, context: PlanContext) => (await d.loadPlan!())(options as O, context) } : {}),
  };
}

/** The fact carriers of the plugins that declare them, by provider id (what the engine takes). */
export function factCarriersOf(plugins: readonly ProviderPlugin[]): FactCarriersByProvider {
  return Object.fromEntries(plugins.flatMap((p) => (p.factCarriers ? [[p.id, p.factCarriers] as const] : [])));
}

/** A provider's config section: checked against its schema, but handed over as written (the plugin applies defaults). */
function sectionAsWritten(plugin: ProviderPlugin): z.ZodType<Record<string, unknown> | undefined> {
  return z
    .record(z.string(), z.unknown())
    .superRefine((value, ctx) => {
      const result = plugin.options.safeParse(value);
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue });
    })
    .optional();
}

/**
 * The config file sections of the plugins, keyed by id. `load` validates and keeps what the user
 * wrote; `publish` is the plugins' own schemas, for the JSON Schema editors read.
 */
export function providerConfigSections(plugins: readonly ProviderPlugin[], use: 'load' | 'publish'): Record<string, z.ZodType> {
  return Object.fromEntries(
    plugins.map((p) => [p.id, use === 'load' ? sectionAsWritten(p) : p.options.optional().describe(`${p.title} provider settings (${p.readme})`)]),
  );
}

export function findPlugin(plugins: readonly ProviderPlugin[], id: string): ProviderPlugin | undefined {
  return plugins.find((p) => p.id === id);
}
