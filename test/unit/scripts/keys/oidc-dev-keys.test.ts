import { createECDH, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { es256Jwk, newEs256Jwk } from '../../../../scripts/keys/oidc-dev-keys';

const signsAndVerifies = (jwk: ReturnType<typeof newEs256Jwk>) => {
  const data = Buffer.from('琴易办 ID token');
  const signature = sign('sha256', data, {
    key: createPrivateKey({ key: jwk, format: 'jwk' }),
    dsaEncoding: 'ieee-p1363',
  });
  const { d: _d, ...publicJwk } = jwk;
  return verify(
    'sha256',
    data,
    { key: createPublicKey({ key: publicJwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    signature,
  );
};

describe('the local OIDC signing key', () => {
  it('is a P-256 private JWK with its kid that signs ES256 and verifies with its public half', () => {
    const jwk = newEs256Jwk('local-2026-12-04');
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: 'local-2026-12-04' });
    for (const part of [jwk.x, jwk.y, jwk.d]) expect(Buffer.from(part, 'base64url')).toHaveLength(32);
    expect(signsAndVerifies(jwk)).toBe(true);
    expect(newEs256Jwk('again').d).not.toBe(jwk.d);
  });

  it('writes a scalar with leading zero octets in full 32 octets, and the key still matches its point', () => {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.concat([Buffer.alloc(1), Buffer.alloc(31, 7)]));
    expect(ecdh.getPrivateKey().length).toBeLessThan(32);
    const jwk = es256Jwk(ecdh.getPrivateKey(), ecdh.getPublicKey(), 'short');
    expect(Buffer.from(jwk.d, 'base64url')).toHaveLength(32);
    const imported = createPrivateKey({ key: jwk, format: 'jwk' }).export({ format: 'der', type: 'pkcs8' });
    expect(imported.length).toBeGreaterThan(0);
    expect(signsAndVerifies(jwk)).toBe(true);
  });

  it('refuses what is not a P-256 key pair', () => {
    expect(() => es256Jwk(Buffer.alloc(32, 1), Buffer.alloc(33, 2), 'compressed')).toThrow('not a P-256 key pair');
  });
});
