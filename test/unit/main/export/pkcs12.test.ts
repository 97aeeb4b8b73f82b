import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../../../../main/export/sign/createCertificate';
import { openPkcs12 } from '../../../../main/export/sign/pkcs12Read';
import { writePkcs12 } from '../../../../main/export/sign/pkcs12Write';
import { rc2DecryptBlock } from '../../../../main/export/sign/rc2';
import { ParagrafError } from '../../../../shared/contract/errors';
import { createTestCertificates, type TestCertificates } from '../../../helpers/testCertificates';

let certificates: TestCertificates;
beforeAll(() => {
  certificates = createTestCertificates();
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof ParagrafError ? error.code : String(error);
  }
  return 'no error';
}

afterAll(() => rmSync(certificates.dir, { recursive: true, force: true }));

describe('PKCS#12', () => {
  it('opens what OpenSSL 3 writes, with Swedish names read right and the chain kept', () => {
    const opened = openPkcs12(certificates.asa, certificates.password);
    expect(opened.certificate.subjectName).toBe('Åsa Öberg');
    expect(opened.certificate.organisation).toBe('Föreningen Ängsö');
    expect(opened.certificate.issuerName).toBe('Föreningen Ängsö CA');
    expect(opened.certificate.selfSigned).toBe(false);
    expect(opened.chain.map((certificate) => certificate.subjectName)).toEqual(['Föreningen Ängsö CA']);
    expect(opened.privateKey.asymmetricKeyType).toBe('rsa');
  });

  it('opens the legacy format (RC2-40 and 3DES) older programs write', () => {
    expect(openPkcs12(certificates.asaLegacy, certificates.password).certificate.subjectName).toBe('Åsa Öberg');
  });

  it('decrypts RC2 as RFC 2268 specifies it', () => {
    const vectors = [
      ['0000000000000000', 63, '0000000000000000', 'ebb773f993278eff'],
      ['ffffffffffffffff', 64, 'ffffffffffffffff', '278b27e42e2f0d49'],
      ['3000000000000000', 64, '1000000000000001', '30649edf9be7d2c2'],
      ['88', 64, '0000000000000000', '61a8a244adacccf0'],
      ['88bca90e90875a', 64, '0000000000000000', '6ccf4308974c267f'],
    ] as const;
    for (const [key, bits, plain, cipher] of vectors) {
      expect(rc2DecryptBlock(Buffer.from(key, 'hex'), bits, Buffer.from(cipher, 'hex')).toString('hex')).toBe(plain);
    }
  });

  it('refuses a wrong password, a file that is not a certificate, and a file without a key, each by its own code', () => {
    expect(codeOf(() => openPkcs12(certificates.asa, 'fel lösenord'))).toBe('CERTIFICATE_PASSWORD');
    expect(codeOf(() => openPkcs12(certificates.asaLegacy, ''))).toBe('CERTIFICATE_PASSWORD');
    expect(codeOf(() => openPkcs12(Buffer.from('%PDF-1.7 not a certificate'), 'x'))).toBe('CERTIFICATE_UNREADABLE');
    expect(codeOf(() => openPkcs12(Buffer.from(certificates.caPem), 'x'))).toBe('CERTIFICATE_UNREADABLE');
    expect(codeOf(() => openPkcs12(certificates.certificateOnly, certificates.password))).toBe('CERTIFICATE_UNREADABLE');
  });

  it('writes a certificate for the organisation that OpenSSL opens, with UTF-8 names in separate RDNs', async () => {
    const now = new Date();
    const { certificateDer, privateKey } = await createSelfSignedCertificate({
      name: 'Åsa Öberg',
      organisation: 'Föreningen Ängsö',
      email: 'asa@angso.example',
      notBefore: now,
      notAfter: new Date(now.getTime() + 365 * 86_400_000),
    });
    const p12 = writePkcs12(certificateDer, privateKey, 'lösenord å ä ö', 'Åsa Öberg');
    const path = join(certificates.dir, 'created.p12');
    writeFileSync(path, p12);
    const text = execFileSync('sh', ['-c', `openssl pkcs12 -in "${path}" -passin 'pass:lösenord å ä ö' -nokeys | openssl x509 -noout -subject -ext keyUsage,extendedKeyUsage -nameopt utf8,sep_comma_plus`], {
      encoding: 'utf8',
    });
    expect(text).toContain('subject=CN=Åsa Öberg,O=Föreningen Ängsö,emailAddress=asa@angso.example');
    expect(text).toContain('Digital Signature, Non Repudiation');
    expect(text).toContain('E-mail Protection');
    const opened = openPkcs12(p12, 'lösenord å ä ö');
    expect(opened.certificate.selfSigned).toBe(true);
    expect(codeOf(() => openPkcs12(p12, 'lösenord a a o'))).toBe('CERTIFICATE_PASSWORD');
  });
});
