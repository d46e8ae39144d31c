import { randomBytes } from 'node:crypto';
import { auditRecorder } from '../../../../../cloudfunctions/lib/audit/audit-recorder';
import { chainSeal } from '../../../../../cloudfunctions/lib/chain/chain-seal';
import { eraseOwnItem } from '../../../../../cloudfunctions/lib/erasure/erase-own';
import { erasePersonalData } from '../../../../../cloudfunctions/lib/erasure/erase-personal-data';
import { memoryAuditStore } from '../audit/memory-audit-store';
import { memoryDocs, memoryErasure } from './memory-erasure';

const ALICE = 'a'.repeat(24);
const BOB = 'b'.repeat(24);
const fid = (n: number) => `cloud://env.bucket/files/feedback/${n}.png`;

function setup() {
  const audit = memoryAuditStore();
  // 60 feedback items with 2 photos each: 120 stored files, more than two storage calls' worth.
  const feedback = memoryDocs(
    Array.from({ length: 60 }, (_, n) => ({
      _id: `fb${n}`,
      accountId: ALICE,
      text: `秘密反馈${n}`,
      photos: [{ fileID: fid(2 * n) }, { fileID: fid(2 * n + 1) }],
      voice: null,
    })),
  );
  feedback.put({ _id: 'bobs', accountId: BOB, text: 'x', photos: [{ fileID: fid(999) }], voice: null });
  const files = memoryDocs([
    { _id: 'loose', accountId: ALICE, fileID: 'cloud://env.bucket/files/material/loose.pdf', cloudPath: 'x' },
    { _id: 'attached', accountId: ALICE, fileID: 'cloud://env.bucket/files/material/att.pdf', cloudPath: 'y' },
    { _id: 'media0', accountId: ALICE, fileID: fid(0), cloudPath: 'z' },
  ]);
  const requests = memoryDocs([{ _id: 'r1', applicantId: ALICE, materials: [{ uploadId: 'attached', fileID: 'x' }] }]);
  const deps = memoryErasure(auditRecorder(audit.store, chainSeal(randomBytes(32))), {
    feedback,
    files,
    service_requests: requests,
  });
  return { deps, audit, feedback, files };
}

const call = { accountId: ALICE, reason: 'privacy-request' as const, actor: 'admin', target: 'req', at: 1 };

describe('erasePersonalData', () => {
  it('erases exactly the kinds named, with their files in calls of at most 50, and audits counts only', async () => {
    const { deps, audit, feedback, files } = setup();
    const outcome = await erasePersonalData({ ...call, data: ['feedback'] }, deps);

    expect(outcome.erased).toEqual([{ data: 'feedback', records: 60, files: 120 }]);
    expect(feedback.all().map((d) => d._id)).toEqual(['bobs']);
    expect(deps.storageCalls.flat().sort()).toEqual(Array.from({ length: 120 }, (_, n) => fid(n)).sort());
    expect(Math.max(...deps.storageCalls.map((c) => c.length))).toBeLessThanOrEqual(50);
    // The media's own upload record went with it; uploads were not named, so the rest stay.
    expect(files.all().map((d) => d._id)).toEqual(['loose', 'attached']);
    const [entry] = audit.entries.values();
    expect(entry).toMatchObject({ action: 'privacy.erased', subject: ALICE, details: { records: 60, files: 120 } });
    expect(JSON.stringify(entry)).not.toContain('秘密反馈');
    expect(outcome.kept.map((k) => k.what)).toContain('办件记录');
  });

  it('keeps uploads attached to a submitted application when uploads are erased', async () => {
    const { deps, files } = setup();
    await erasePersonalData({ ...call, data: ['uploads'] }, deps);
    expect(files.all().map((d) => d._id)).toEqual(['attached']);
  });
});

describe('eraseOwnItem', () => {
  it('refuses another person’s item exactly like a missing one', async () => {
    const { deps, feedback } = setup();
    const owner = { accountId: ALICE, at: 1 };
    await expect(eraseOwnItem('feedback', 'bobs', owner, deps)).rejects.toMatchObject({ code: 'FEEDBACK.NOT_FOUND' });
    await expect(eraseOwnItem('feedback', 'nope', owner, deps)).rejects.toMatchObject({ code: 'FEEDBACK.NOT_FOUND' });
    expect(feedback.all().some((d) => d._id === 'bobs')).toBe(true);
    await expect(eraseOwnItem('upload', 'attached', owner, deps)).rejects.toMatchObject({ code: 'FILE.IN_USE' });
    expect(await eraseOwnItem('feedback', 'fb1', owner, deps)).toEqual({ id: 'fb1', files: 2 });
  });
});
