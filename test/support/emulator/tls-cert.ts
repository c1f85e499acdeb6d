import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayCert {
  key: string;
  cert: string;
  /** The PEM file, for `NODE_EXTRA_CA_CERTS` of a child process. */
  certFile: string;
  remove(): void;
}

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made with the system's openssl in a temp
 * folder (removed by `remove()`). The Azure SDK's bearer-token policy refuses plain http, so the
 * ARM emulator must speak TLS; one day of validity is plenty for a test run.
 */
export function throwawayCert(): ThrowawayCert {
  const dir = mkdtempSync(join(tmpdir(), 'mlscan-emulator-tls-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
        '-keyout', keyFile, '-out', certFile, '-subj', '/CN=localhost',
        '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`cannot make a throwaway TLS certificate with openssl: ${(error as Error).message}`, { cause: error });
  }
}
