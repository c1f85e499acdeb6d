import type { DescribedRecord } from '../estate-builder.js';
import { addAwsRecord, arn, providerRecord, type AwsScope } from './scope.js';

/**
 * The idle auto-stop lifecycle configuration of the AWS samples repository
 * (aws-samples/amazon-sagemaker-notebook-instance-lifecycle-config-samples, scripts/auto-stop-idle),
 * as teams install it. `extra` lines are appended (a team's additions, for better or worse).
 */
function autoStopScript(idleSeconds: number, extra: readonly string[]): string {
  return [
    '#!/bin/bash',
    'set -e',
    `IDLE_TIME=${idleSeconds}`,
    'echo "Fetching the autostop script"',
    'wget https://raw.githubusercontent.com/aws-samples/amazon-sagemaker-notebook-instance-lifecycle-config-samples/master/scripts/auto-stop-idle/autostop.py',
    'echo "Starting the SageMaker autostop script in cron"',
    '(crontab -l 2>/dev/null; echo "*/5 * * * * /usr/bin/python3 $PWD/autostop.py --time $IDLE_TIME --ignore-connections >> /var/log/jupyter.log") | crontab -',
    ...extra,
    '',
  ].join('\n');
}

export interface LifecycleConfigOptions {
  name: string;
  idleMinutes: number;
  /** Lines a team appended to the OnStart script. */
  extraOnStart?: readonly string[];
}

/** A notebook instance lifecycle configuration (ListNotebookInstanceLifecycleConfigs + DescribeNotebookInstanceLifecycleConfig). */
export function notebookLifecycleConfig(scope: AwsScope, o: LifecycleConfigOptions): DescribedRecord {
  const id = arn(scope, 'sagemaker', `notebook-instance-lifecycle-config/${o.name}`);
  const summary = { NotebookInstanceLifecycleConfigName: o.name, NotebookInstanceLifecycleConfigArn: id, CreationTime: '2025-03-01T08:00:00.000Z', LastModifiedTime: '2025-03-01T08:00:00.000Z' };
  const onStart = Buffer.from(autoStopScript(o.idleMinutes * 60, o.extraOnStart ?? [])).toString('base64');
  return addAwsRecord(scope, {
    id,
    name: o.name,
    nativeType: 'AWS::SageMaker::NotebookInstanceLifecycleConfig',
    raw: providerRecord(summary, { describe: { ...summary, OnStart: [{ Content: onStart }] } }),
  });
}
