import { providerRule } from '../../_lib/provider-rule.js';
import { describeOf } from '../../_lib/raw.js';
import { AGENT } from './_lib.js';

/** Longest idle time (seconds) a session keeps its conversation; the service default is 600. */
const LIMIT_SECONDS = 1800;

export default providerRule({
  meta: {
    id: 'aws/bedrock/agent-idle-session-ttl-long',
    title: 'Bedrock agent keeps idle sessions (and their conversation) for more than 30 minutes',
    family: 'rbac',
    severity: 'low',
    appliesTo: ['agent'],
    rationale:
      'An agent session holds the conversation, retrieved documents and action results; the longer an idle session lives, the longer a stolen or guessed session id can resume it and read what the user was shown.',
    remediation: {
      text: `Set idleSessionTTLInSeconds of the agent to ${LIMIT_SECONDS} seconds or less (the default is 600).`,
      cli: 'aws bedrock-agent update-agent --agent-id <id> --agent-name <name> --agent-resource-role-arn <role> --foundation-model <model> --idle-session-ttl-in-seconds 600',
      terraform: 'resource "aws_bedrockagent_agent" "a" {\n  idle_session_ttl_in_seconds = 600\n}',
      url: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_agent_UpdateAgent.html',
    },
    references: { prowler: ['bedrock_agent_idle_session_ttl_not_excessive'] },
    messages: {
      long: `Agent {{name}} keeps idle sessions for {{seconds}} seconds (more than ${LIMIT_SECONDS}).`,
      short: 'Agent {{name}} ends idle sessions after {{seconds}} seconds.',
    },
  },
  provider: 'aws',
  nativeTypes: [AGENT],
  evaluate(asset, ctx) {
    const seconds = describeOf<{ idleSessionTTLInSeconds?: number }>(asset)?.idleSessionTTLInSeconds;
    if (typeof seconds !== 'number') return ctx.unknown(['idleSessionTTLInSeconds']);
    const options = { evidence: { idleSessionTTLInSeconds: seconds }, data: { seconds } };
    return seconds > LIMIT_SECONDS ? ctx.fail('long', options) : ctx.pass('short', options);
  },
});
