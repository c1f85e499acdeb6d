import type { ProgressEvent } from '../scan/source.js';
import { terminalSafe } from './output.js';

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

/**
 * A one-line progress bar on a TTY (per provider: scopes done / known, calls made), redrawn at most
 * ten times a second; silent when stderr is not a terminal, so CI logs stay clean.
 */
export function createProgressBar(stream: Stream, enabled = stream.isTTY === true) {
  const state = new Map<string, ProgressEvent>();
  let last = 0;
  let drawn = false;
  const draw = (force = false) => {
    const now = Date.now();
    if (!enabled || (!force && now - last < 100)) return;
    last = now;
    const parts = [...state.values()].map((e) => {
      const width = 20;
      const ratio = e.scopesTotal > 0 ? Math.min(1, e.scopesDone / e.scopesTotal) : 0;
      const filled = Math.round(ratio * width);
      return `${e.provider} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${e.scopesDone}/${e.scopesTotal} scopes, ${e.calls} calls${e.current ? ` ${terminalSafe(e.current)}` : ''}`;
    });
    const columns = stream.columns ?? 100;
    stream.write(`\r\u001b[2K${parts.join(' | ').slice(0, columns - 1)}`);
    drawn = true;
  };
  return {
    update(event: ProgressEvent): void {
      state.set(event.provider, event);
      draw();
    },
    done(): void {
      if (enabled && drawn) stream.write('\r\u001b[2K');
    },
  };
}
