/**
 * Where the consent page finds a scanned QR session's id: a mini-program code's `scene`
 * (`q=<id>`, encoded), or a plain link QR's whole content in `q` (`<issuer>/qr/<id>`, encoded).
 */
import { qrIdOf } from '../../../../src/features/oidc/consent-source';

const ID = 'AbC-123_xyz9';

describe('consent source: the QR session id a scan brings', () => {
  it('reads a mini-program code’s scene and a plain link QR’s q', () => {
    expect(qrIdOf({ scene: encodeURIComponent(`q=${ID}`) })).toBe(ID);
    expect(qrIdOf({ q: encodeURIComponent(`https://qyb.example.com/oidc/qr/${ID}`) })).toBe(ID);
    expect(qrIdOf({ q: ID })).toBe(ID);
  });

  it('ignores anything that is not a 12-character id, so a redirect request is read instead', () => {
    expect(qrIdOf({})).toBeNull();
    expect(qrIdOf({ scene: encodeURIComponent('x=AbC-123_xyz9') })).toBeNull();
    expect(qrIdOf({ q: encodeURIComponent('https://qyb.example.com/oidc/qr/short') })).toBeNull();
    expect(qrIdOf({ q: encodeURIComponent(`https://evil.example.com/qr/${ID}/more`) })).toBeNull();
  });
});
