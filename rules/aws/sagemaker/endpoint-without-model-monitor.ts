import { providerRule } from '../../_lib/provider-rule.js';
import { messageList } from '../../_lib/message-list.js';
import { recordString } from '../../_lib/raw.js';

/** Schedule states in which Model Monitor no longer runs (DescribeMonitoringSchedule `MonitoringScheduleStatus`). */
const NOT_RUNNING = new Set(['Stopped', 'Failed']);

export default providerRule({
  meta: {
    id: 'aws/sagemaker/endpoint-without-model-monitor',
    title: 'SageMaker endpoint has no Model Monitor schedule',
    family: 'logging',
    concern: 'endpoint-model-monitoring',
    severity: 'medium',
    appliesTo: ['endpoint'],
    rationale:
      'Without a monitoring schedule nobody is told when the data an endpoint receives drifts from its training data or its predictions degrade: poisoned or manipulated inputs, evasion attempts and a silently failing model go unnoticed until the business sees the damage.',
    remediation: {
      text: 'Enable data capture on the endpoint and create a Model Monitor schedule (data quality at least; model quality, bias or explainability where labels or a baseline exist), with alarms on its violations.',
      cli: 'aws sagemaker create-monitoring-schedule --monitoring-schedule-name <endpoint>-data-quality --monitoring-schedule-config file://schedule.json',
      url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html',
    },
    references: { catalog: ['AWS-SM-MON-01'] },
    messages: {
      unmonitored: 'Endpoint {{name}} has no running Model Monitor schedule.',
      monitored: 'Endpoint {{name}} is monitored by {{schedules}}.',
    },
  },
  provider: 'aws',
  nativeTypes: ['AWS::SageMaker::Endpoint'],
  evaluate(asset, ctx) {
    // The monitoring collector links each schedule (ListMonitoringSchedules `EndpointName`) to its endpoint.
    const schedules = ctx.graph.targets(asset.id, 'monitored-by').filter((a) => a.nativeType === 'AWS::SageMaker::MonitoringSchedule');
    const running = schedules.filter((s) => !NOT_RUNNING.has(recordString(s, 'MonitoringScheduleStatus') ?? ''));
    if (running.length) {
      return ctx.pass('monitored', { evidence: { schedules: running.map((s) => s.id) }, data: { schedules: messageList(running.map((s) => s.name)) } });
    }
    // "None" only when the schedule listing of the endpoint's account and region answered.
    const hidden = ctx.requireSeen(['monitoring']);
    if (hidden) return hidden;
    const stopped = schedules.map((s) => ({ id: s.id, status: recordString(s, 'MonitoringScheduleStatus') }));
    return ctx.fail('unmonitored', { evidence: { schedules: stopped } });
  },
});
