/**
 * Where the consent page finds a scanned QR session's id: a mini-program code's `scene`
 * (`q=<id>`, encoded), or a plain link QR's whole content in `q` (`<issuer>/qr/<id>`, encoded).
 */
import { consentQueryOfScan, qrIdOf } from '../../../../src/features/oidc/consent-source';

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

describe('consent source: what the in-app scanner read', () => {
  it('passes a service’s scan-to-sign-in link on as the consent page’s q, as WeChat passes a scanned link', () => {
    const link = `https://qyb.example.com/oidc/qr/${ID}`;
    expect(consentQueryOfScan(link)).toEqual({ q: link });
    expect(qrIdOf({ q: encodeURIComponent(link) })).toBe(ID);
  });

  it('refuses anything else: a bare id, another link, text', () => {
    expect(consentQueryOfScan(ID)).toBeNull();
    expect(consentQueryOfScan('https://shop.example.com/item/123')).toBeNull();
    expect(consentQueryOfScan(`https://qyb.example.com/oidc/qr/${ID}?next=x`)).toBeNull();
    expect(consentQueryOfScan('扫码领红包')).toBeNull();
  });
});
