// SageMaker lifecycle configurations: the shell scripts notebook instances and Studio apps run on
// create and start. The bodies (base64) are decoded and scanned for embedded secrets inside the
// normaliser and never kept: raw-fields.ts keeps no script member, and the fact holds only where
// a secret is and its kind.
import {
  DescribeNotebookInstanceLifecycleConfigCommand,
  type DescribeNotebookInstanceLifecycleConfigOutput,
  DescribeStudioLifecycleConfigCommand,
  type DescribeStudioLifecycleConfigResponse,
  ListNotebookInstanceLifecycleConfigsCommand,
  ListStudioLifecycleConfigsCommand,
  type NotebookInstanceLifecycleConfigSummary,
  type NotebookInstanceLifecycleHook,
  type StudioLifecycleConfigDetails,
  type UserSettings,
} from '@aws-sdk/client-sagemaker';
import { secretLocations, type EncodedScript } from '../../../src/lib/script-secrets.js';
import type { Facts } from '../../../src/model/index.js';
import { sagemakerArn, type ScopeInfo } from '../arn.js';
import { defineCollector, type DetailSpec, type EdgeSpec, type ListSpec } from '../collector.js';
import { described } from './common.js';
import { describeDetail, pagedList } from './sagemaker-calls.js';

/** ARN of a notebook instance lifecycle configuration named by a notebook instance. */
export function notebookLifecycleConfigArn(scope: ScopeInfo, name: string): string {
  return sagemakerArn(scope, 'notebook-instance-lifecycle-config', name);
}

/** `runs-script` edges to the lifecycle configurations (ARNs) an app setting names. */
export function lifecycleEdges(arns: ReadonlyArray<string | undefined> | undefined): EdgeSpec[] {
  return (arns ?? []).filter((arn): arn is string => Boolean(arn)).map((to) => ({ kind: 'runs-script', to }));
}

function hookScripts(location: string, hooks: readonly NotebookInstanceLifecycleHook[] | undefined): EncodedScript[] {
  return (hooks ?? []).flatMap((hook, i) => (hook.Content === undefined ? [] : [{ location: (hooks?.length ?? 0) > 1 ? `${location}[${i}]` : location, base64: hook.Content }]));
}

/** What differs between the notebook and the Studio kind of lifecycle configuration. */
interface LifecycleSpec<R, D> {
  name: string;
  nativeType: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as Collector.list: the operation's types are checked where pagedList builds it
  list: ListSpec<any, any, R>;
  describe: DetailSpec<R>;
  identify(record: R, scope: ScopeInfo): { id: string; name: string };
  /** The script bodies of a described configuration, by where they run. */
  scripts(described: D): EncodedScript[];
}

/** A lifecycle configuration collector: `scriptSecrets` when the describe answered and every body decoded, else unknown. */
function lifecycleCollector<R, D>(spec: LifecycleSpec<R, D>) {
  return defineCollector<R>({
    name: spec.name,
    kind: 'lifecycle-script',
    nativeType: spec.nativeType,
    facts: ['scriptSecrets'],
    scope: 'regional',
    phase: 1,
    list: spec.list,
    details: [spec.describe],
    normalize(r, ctx) {
      const d = described<D>(ctx);
      const found = d && secretLocations(spec.scripts(d));
      const facts: Facts = found ? { scriptSecrets: found } : {};
      return { ...spec.identify(r, ctx), facts };
    },
  });
}

export const notebookLifecycleConfigs = lifecycleCollector<NotebookInstanceLifecycleConfigSummary, DescribeNotebookInstanceLifecycleConfigOutput>({
  name: 'sagemaker/notebook-lifecycle-configs',
  nativeType: 'AWS::SageMaker::NotebookInstanceLifecycleConfig',
  list: pagedList(ListNotebookInstanceLifecycleConfigsCommand, (o) => o.NotebookInstanceLifecycleConfigs),
  describe: describeDetail(DescribeNotebookInstanceLifecycleConfigCommand, (r: NotebookInstanceLifecycleConfigSummary) => ({ NotebookInstanceLifecycleConfigName: r.NotebookInstanceLifecycleConfigName })),
  identify: (r, scope) => {
    const name = r.NotebookInstanceLifecycleConfigName ?? '';
    return { id: r.NotebookInstanceLifecycleConfigArn ?? notebookLifecycleConfigArn(scope, name), name };
  },
  scripts: (d) => [...hookScripts('OnCreate', d.OnCreate), ...hookScripts('OnStart', d.OnStart)],
});

export const studioLifecycleConfigs = lifecycleCollector<StudioLifecycleConfigDetails, DescribeStudioLifecycleConfigResponse>({
  name: 'sagemaker/studio-lifecycle-configs',
  nativeType: 'AWS::SageMaker::StudioLifecycleConfig',
  list: pagedList(ListStudioLifecycleConfigsCommand, (o) => o.StudioLifecycleConfigs),
  describe: describeDetail(DescribeStudioLifecycleConfigCommand, (r: StudioLifecycleConfigDetails) => ({ StudioLifecycleConfigName: r.StudioLifecycleConfigName })),
  identify: (r, scope) => {
    const name = r.StudioLifecycleConfigName ?? '';
    return { id: r.StudioLifecycleConfigArn ?? sagemakerArn(scope, 'studio-lifecycle-config', name), name };
  },
  scripts: (d) => (d.StudioLifecycleConfigContent === undefined ? [] : [{ location: `${d.StudioLifecycleConfigAppType ?? 'Studio'} script`, base64: d.StudioLifecycleConfigContent }]),
});

/** The Studio app settings that may name lifecycle configurations (a domain's defaults, a profile's own). */
const APP_SETTINGS = ['JupyterServerAppSettings', 'KernelGatewayAppSettings', 'JupyterLabAppSettings', 'CodeEditorAppSettings'] as const;

/**
 * Settings that carry Studio app settings: a profile's `UserSettings`, a domain's
 * `DefaultUserSettings`, or its `DefaultSpaceSettings` (the shared spaces' defaults, which have
 * no CodeEditorAppSettings).
 */
export type AppSettingsHolder = Pick<UserSettings, (typeof APP_SETTINGS)[number]>;

/** The lifecycle configurations one app's settings attach: those users may pick, the default it starts with, and JupyterLab's or Code Editor's built-in one. */
function appLifecycleArns(app: NonNullable<AppSettingsHolder[(typeof APP_SETTINGS)[number]]>): Array<string | undefined> {
  // `None` is how the API spells "no built-in lifecycle configuration".
  const builtIn = 'BuiltInLifecycleConfigArn' in app && app.BuiltInLifecycleConfigArn !== 'None' ? app.BuiltInLifecycleConfigArn : undefined;
  return [...(app.LifecycleConfigArns ?? []), app.DefaultResourceSpec?.LifecycleConfigArn, builtIn];
}

/** `runs-script` edges to every lifecycle configuration a domain's or a profile's app settings attach (the runner drops repeats). */
export function userSettingsLifecycleEdges(settings: AppSettingsHolder | undefined): EdgeSpec[] {
  return lifecycleEdges(APP_SETTINGS.flatMap((key) => (settings?.[key] ? appLifecycleArns(settings[key]) : [])));
}
