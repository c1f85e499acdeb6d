// Process-wide settings of the `mlscan` executable (bin.ts imports this first), kept out of main()
// so tests running the CLI in-process do not change their own process.

/**
 * The AWS SDK's Node version support warning (`NodeVersionSupportWarning: The AWS SDK for
 * JavaScript (v3) versions published after … will require node >=22`), which @aws-sdk/core prints
 * through process.emitWarning once per process on Node < 22. mlscan supports Node 20.19+ (see the
 * README), so it is noise in every scan's log. The SDK's own switch turns it off; the filter
 * below catches the same warning should the switch change name. Every other warning still prints.
 */
export const AWS_NODE_WARNING_SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';
const AWS_NODE_WARNING = /^NodeVersionSupportWarning: The AWS SDK for JavaScript/;

export function silenceAwsNodeVersionWarning(): void {
  process.env[AWS_NODE_WARNING_SWITCH] ??= 'true';
  const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
    const text = warning instanceof Error ? warning.message : String(warning);
    if (AWS_NODE_WARNING.test(text)) return;
    emitWarning(warning, ...rest);
  }) as typeof process.emitWarning;
}

/**
 * A reader that closes the pipe early (`mlscan rules --json | head -1`) is not an error: on EPIPE
 * on stdout the command ends quietly with exit 0 instead of an unhandled 'error' event and a stack
 * trace. A closed stderr is ignored, so a scan still ends with the exit code its findings set.
 */
export function endQuietlyOnClosedPipe(): void {
  const onError = (exit: boolean) => (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (exit) process.exit(0);
  };
  process.stdout.on('error', onError(true));
  process.stderr.on('error', onError(false));
}
