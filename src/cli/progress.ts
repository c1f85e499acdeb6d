import type { ProgressEvent } from '../scan/source.js';
import { terminalSafe } from './output.js';

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

/**
 * A one-line progress bar on a TTY (per provider: scopes done / known, calls made), redrawn at most
 * ten times a second; silent when stderr is not a terminal, so CI logs stay clean. With a scan
 * plan's estimated calls per provider (`mlscan plan`), a provider's bar is its calls against that
 * estimate, said as "about" (the estimate is one), and never full before its scopes are done.
 */
export function createProgressBar(stream: Stream, enabled = stream.isTTY === true, estimatedCalls?: Readonly<Record<string, number>>) {
  const state = new Map<string, ProgressEvent>();
  let last = 0;
  let drawn = false;
  const draw = (force = false) => {
    const now = Date.now();
    if (!enabled || (!force && now - last < 100)) return;
    last = now;
    const parts = [...state.values()].map((e) => {
      const width = 20;
      const estimate = estimatedCalls?.[e.provider];
      const ratio = estimate ? callRatio(e, estimate) : e.scopesTotal > 0 ? Math.min(1, e.scopesDone / e.scopesTotal) : 0;
      const filled = Math.round(ratio * width);
      const calls = estimate ? `${e.calls} of about ${estimate} calls` : `${e.calls} calls`;
      return `${e.provider} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${e.scopesDone}/${e.scopesTotal} scopes, ${calls}${e.current ? ` ${terminalSafe(e.current)}` : ''}`;
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

/** Calls made against the estimate; an estimate can be short, so the bar stops short of full until every scope is done. */
export function callRatio(event: ProgressEvent, estimate: number): number {
  const finished = event.scopesTotal > 0 && event.scopesDone >= event.scopesTotal;
  return finished ? 1 : Math.min(0.95, event.calls / estimate);
}
