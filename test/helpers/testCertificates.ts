import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempDir } from './createTestServices';

/** PKCS#12 files made by OpenSSL for tests, with Swedish names, and the passwords that open them. */
export interface TestCertificates {
  dir: string;
  password: string;
  /** Åsa Öberg, Föreningen Ängsö, issued by a CA of the association; OpenSSL 3 defaults (PBES2, AES-256). */
  asa: Buffer;
  /** The same key and certificate in the legacy format (RC2-40 and 3DES), as older Windows and OpenSSL 1 wrote. */
  asaLegacy: Buffer;
  /** Björn Ängström, the second signer. */
  bjorn: Buffer;
  /** Valid for one day from its creation: expired for a clock a month ahead. */
  shortLived: Buffer;
  /** A .p12 with a certificate but no private key. */
  certificateOnly: Buffer;
  /** The CA certificate (PEM), to trust when a client should validate the chain. */
  caPem: string;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

function issue(dir: string, name: string, subject: string, days: number): void {
  openssl(dir, ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-utf8', '-subj', subject]);
  openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', String(days)]);
}

function pkcs12(dir: string, name: string, password: string, extra: string[] = []): Buffer {
  openssl(dir, ['pkcs12', '-export', '-inkey', `${name}.key`, '-in', `${name}.crt`, '-certfile', 'ca.crt', '-out', `${name}.p12`, '-passout', `pass:${password}`, ...extra]);
  return readFileSync(join(dir, `${name}.p12`));
}

/** Makes a small PKI with OpenSSL in a temporary folder: a CA and certificates for Swedish names. */
export function createTestCertificates(): TestCertificates {
  const dir = createTempDir('paragraf-certs-');
  const password = 'hemligt lösenord';
  openssl(dir, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-utf8', '-subj', '/CN=Föreningen Ängsö CA/O=Föreningen Ängsö']);
  issue(dir, 'asa', '/CN=Åsa Öberg/O=Föreningen Ängsö', 365);
  issue(dir, 'bjorn', '/CN=Björn Ängström/O=Föreningen Ängsö', 365);
  issue(dir, 'short', '/CN=Kortvarig Ersättare/O=Föreningen Ängsö', 1);
  const asa = pkcs12(dir, 'asa', password);
  openssl(dir, ['pkcs12', '-export', '-legacy', '-inkey', 'asa.key', '-in', 'asa.crt', '-certfile', 'ca.crt', '-out', 'asa-legacy.p12', '-passout', `pass:${password}`]);
  openssl(dir, ['pkcs12', '-export', '-nokeys', '-in', 'asa.crt', '-out', 'certificate-only.p12', '-passout', `pass:${password}`]);
  writeFileSync(join(dir, 'README'), 'test certificates, removed with the temporary folder\n');
  return {
    dir,
    password,
    asa,
    asaLegacy: readFileSync(join(dir, 'asa-legacy.p12')),
    bjorn: pkcs12(dir, 'bjorn', password),
    shortLived: pkcs12(dir, 'short', password),
    certificateOnly: readFileSync(join(dir, 'certificate-only.p12')),
    caPem: readFileSync(join(dir, 'ca.crt'), 'utf8'),
  };
}
