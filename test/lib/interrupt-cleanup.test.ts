import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUpOnInterrupt } from '../../src/lib/interrupt-cleanup.js';

// Real signals to a real process are in test/e2e/report-set.test.ts; here the handler's logic.
describe('cleanUpOnInterrupt', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs every cleanup, newest first, then exits 143 on SIGTERM and 130 on SIGINT', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
      const ran: string[] = [];
      const forgetLock = cleanUpOnInterrupt(() => ran.push('lock'));
      const forgetStaging = cleanUpOnInterrupt(() => {
        ran.push('staging');
        throw new Error('already gone');
      });
      process.emit(signal);
      expect(ran).toEqual(['staging', 'lock']);
      expect(exit).toHaveBeenLastCalledWith(code);
      forgetStaging();
      forgetLock();
    }
  });

  it('listens only while something is registered', () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const forgetA = cleanUpOnInterrupt(() => undefined);
    const forgetB = cleanUpOnInterrupt(() => undefined);
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual([before[0]! + 1, before[1]! + 1]);
    forgetA();
    forgetA();
    expect(process.listenerCount('SIGTERM')).toBe(before[1]! + 1);
    forgetB();
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});
