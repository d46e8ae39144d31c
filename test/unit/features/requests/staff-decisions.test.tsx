import { byDepartment } from '../../../../src/features/requests/use-catalog';
import { supplementTargetsOf } from '../../../../src/features/requests/use-request-detail';
import { decisionOf } from '../../../../src/features/requests/use-staff-request';
import type { MatterSummary, RequestView } from '../../../../cloudfunctions/lib/contract/requests';
import { MATTER } from './matter-fixture';

describe('decisionOf', () => {
  it('refuses a rejection or a supplement request without a reason the applicant can read', () => {
    expect(decisionOf('reject', ' ')).toBeNull();
    expect(decisionOf('requestSupplement', '补')).toBeNull();
    expect(decisionOf('reject', ' 材料不符 ')).toEqual({ action: 'reject', comment: '材料不符' });
  });

  it('leaves optional comments, the result and the tracking number out when blank', () => {
    expect(decisionOf('accept', '')).toEqual({ action: 'accept', comment: undefined });
    expect(decisionOf('approve', '', { resultUploadId: 'f'.repeat(24) })).toEqual({
      action: 'approve',
      comment: undefined,
      resultUploadId: 'f'.repeat(24),
    });
    expect(decisionOf('deliver', '已寄出', { trackingNumber: ' ' })).toEqual({
      action: 'deliver',
      comment: '已寄出',
      trackingNumber: undefined,
    });
  });

  it('names the materials asked for in a supplement request', () => {
    expect(decisionOf('requestSupplement', '请补充背面照片', { materialCodes: ['photo'] })).toEqual({
      action: 'requestSupplement',
      comment: '请补充背面照片',
      materialCodes: ['photo'],
    });
  });
});

describe('supplementTargetsOf', () => {
  const request = (materialCodes: string[]) =>
    ({ supplementRequest: { comment: '请补充', materialCodes, requestedAt: '' } }) as unknown as RequestView;

  it('offers the materials staff asked for, by name', () => {
    expect(supplementTargetsOf(request(['photo']), MATTER)).toEqual([{ code: 'photo', name: '现场照片' }]);
  });

  it('offers every material of the matter when staff named none', () => {
    expect(supplementTargetsOf(request([]), MATTER).map((t) => t.code)).toEqual(['photo', 'extra']);
  });

  it('offers nothing when no supplement is asked for', () => {
    expect(supplementTargetsOf({ supplementRequest: null } as RequestView, MATTER)).toEqual([]);
  });
});

describe('byDepartment', () => {
  it('groups the catalog by department in the order the cloud lists it', () => {
    const m = (code: string, department: string) => ({ code, department }) as MatterSummary;
    const groups = byDepartment([m('A-1', '登记处'), m('B-1', '窗口'), m('A-2', '登记处')]);
    expect(groups.map((g) => [g.department, g.matters.map((x) => x.code)])).toEqual([
      ['登记处', ['A-1', 'A-2']],
      ['窗口', ['B-1']],
    ]);
  });
});
