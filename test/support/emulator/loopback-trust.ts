import dns from 'node:dns';
import tls from 'node:tls';

/**
 * What a scan run in this process needs to reach the emulators, installed while one is up:
 *  - names under `.localhost` resolve to 127.0.0.1 (RFC 6761; systemd-resolved does this, glibc's
 *    files+dns does not). The S3 Control client puts the account id in front of the endpoint's host
 *    (`111122223333.localhost`), which no IP literal allows;
 *  - TLS connections to an emulator's port trust its throwaway certificate (the equivalent of
 *    `NODE_EXTRA_CA_CERTS` for a child process, which Node reads only at start-up).
 * Each `trust…` call returns its own undo; the patches go away with the last one.
 */

type Lookup = typeof dns.lookup;
type Connect = typeof tls.connect;

const trusted = new Map<number, string>();
let dnsUsers = 0;
let originalLookup: Lookup | undefined;
let originalConnect: Connect | undefined;

export function trustLocalhostNames(): () => void {
  if (dnsUsers++ === 0) {
    originalLookup = dns.lookup;
    const lookup = originalLookup;
    dns.lookup = function (hostname: string, options: unknown, callback?: unknown) {
      const cb = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void;
      const opts = typeof options === 'object' && options !== null ? (options as { all?: boolean }) : {};
      if (/\.localhost\.?$/i.test(hostname)) {
        if (opts.all) process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]);
        else process.nextTick(cb, null, '127.0.0.1', 4);
        return {} as never;
      }
      return (lookup as (...args: unknown[]) => unknown).call(dns, hostname, options, callback) as never;
    } as unknown as Lookup;
  }
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    if (--dnsUsers === 0 && originalLookup) {
      dns.lookup = originalLookup;
      originalLookup = undefined;
    }
  };
}

export function trustCertificate(port: number, certPem: string): () => void {
  trusted.set(port, certPem);
  if (!originalConnect) {
    originalConnect = tls.connect;
    const connect = originalConnect;
    tls.connect = function (...args: unknown[]) {
      const [options] = args;
      if (typeof options === 'object' && options !== null) {
        const o = options as tls.ConnectionOptions;
        const ca = typeof o.port === 'number' || typeof o.port === 'string' ? trusted.get(Number(o.port)) : undefined;
        if (ca && (o.host === '127.0.0.1' || o.host === 'localhost')) args[0] = { ...o, ca: [ca] };
      }
      return (connect as (...a: unknown[]) => tls.TLSSocket)(...args);
    } as Connect;
  }
  return () => {
    trusted.delete(port);
    if (trusted.size === 0 && originalConnect) {
      tls.connect = originalConnect;
      originalConnect = undefined;
    }
  };
}
