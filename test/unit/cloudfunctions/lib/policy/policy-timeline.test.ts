import { compareVersions } from '../../../../../cloudfunctions/lib/contract/policy-version';
import { shanghaiDate } from '../../../../../cloudfunctions/lib/contract/shanghai-date';
import { effectiveMoment } from '../../../../../cloudfunctions/lib/policy/effective-time';
import { catalogAt, upcomingPublications } from '../../../../../cloudfunctions/lib/policy/policy-timeline';
import type { PublicationRecord } from '../../../../../cloudfunctions/lib/policy/publication.record';
import { AGREEMENT_V1, AGREEMENT_V2, POLICY_V1, SDK_V1 } from '../consent/fixtures';

const NOW = Date.parse('2026-11-29T04:00:00Z');
const HOUR = 3_600_000;
const bundled = [AGREEMENT_V1, AGREEMENT_V2, POLICY_V1, SDK_V1];
const bootstrap = { 'user-agreement': AGREEMENT_V1, 'privacy-policy': POLICY_V1, 'sdk-list': SDK_V1 };

function published(version: typeof AGREEMENT_V2, effectiveAt: number): PublicationRecord {
  return {
    _id: `${version.id}@${version.version}`,
    documentId: version.id,
    version: version.version,
    title: version.title,
    sha256: version.sha256,
    changeSummary: version.changeSummary,
    reconsentRequired: version.reconsentRequired,
    effectiveAt,
    effectiveDate: shanghaiDate(effectiveAt),
    publishedAt: NOW - HOUR,
    publishedBy: 'staff-1',
    requestId: 'r',
    noticeCursor: null,
    noticesSent: 0,
    noticesDone: true,
  };
}

describe('compareVersions', () => {
  it('orders by day, then by the number after it', () => {
    const sorted = ['2026-12-01.10', '2026-12-01', '2021-11-15', '2026-12-01.9'].sort(compareVersions);
    expect(sorted).toEqual(['2021-11-15', '2026-12-01', '2026-12-01.9', '2026-12-01.10']);
  });
});

describe('catalogAt', () => {
  it("is the build's own current version while nothing is published", () => {
    expect(catalogAt(bundled, bootstrap, [], NOW).current('user-agreement')?.version).toBe(AGREEMENT_V1.version);
  });

  it('switches to a published version exactly at its effective time, with the publication date', () => {
    const at = NOW + HOUR;
    const publications = [published(AGREEMENT_V2, at)];
    expect(catalogAt(bundled, bootstrap, publications, at - 1).current('user-agreement')?.version).toBe(
      AGREEMENT_V1.version,
    );
    const after = catalogAt(bundled, bootstrap, publications, at);
    expect(after.current('user-agreement')).toMatchObject({
      version: AGREEMENT_V2.version,
      effectiveDate: shanghaiDate(at),
    });
    expect(after.newerThan('user-agreement', AGREEMENT_V1.version).map((v) => v.reconsentRequired)).toEqual([true]);
    expect(after.current('privacy-policy')?.version).toBe(POLICY_V1.version);
  });

  it('lists what is published for later, soonest first, and nothing once it applies', () => {
    const publications = [published(AGREEMENT_V2, NOW + HOUR)];
    const before = catalogAt(bundled, bootstrap, publications, NOW);
    expect(upcomingPublications(before, publications, NOW).map((p) => p.version)).toEqual([AGREEMENT_V2.version]);
    const later = NOW + 2 * HOUR;
    expect(upcomingPublications(catalogAt(bundled, bootstrap, publications, later), publications, later)).toEqual([]);
  });
});

describe('effectiveMoment', () => {
  it('starts a day at 00:00 in Asia/Shanghai, and today at once', () => {
    expect(effectiveMoment('2026-12-01', NOW)).toEqual({
      at: Date.parse('2026-12-01T00:00:00+08:00'),
      day: '2026-12-01',
    });
    expect(effectiveMoment(shanghaiDate(NOW), NOW)).toEqual({ at: NOW, day: shanghaiDate(NOW) });
  });

  it.each([['2026-11-28'], ['2026-11-29T11:59:00+08:00']])('refuses %s as in the past', (effective) => {
    expect(() => effectiveMoment(effective, NOW)).toThrow(
      expect.objectContaining({ code: 'POLICY.EFFECTIVE_IN_PAST' }),
    );
  });
});
