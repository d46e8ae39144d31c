import { storedFileRef } from '../../../../../cloudfunctions/lib/files/stored-file-ref';
import type { CheckedUpload } from '../../../../../cloudfunctions/lib/files/check-upload';

describe('storedFileRef (the one stored file projection)', () => {
  it('keeps the reference and drops the upload path and anything an adapter added', () => {
    const checked: CheckedUpload & { accountId: string } = {
      uploadId: 'u1',
      fileID: 'cloud://env.bucket/checked/u1.pdf',
      cloudPath: 'uploads/material/u1.pdf',
      name: '授权书.pdf',
      size: 2048,
      kind: 'pdf',
      sha256: 'ab'.repeat(32),
      accountId: 'acc-1',
    };
    expect(storedFileRef(checked)).toEqual({
      uploadId: 'u1',
      fileID: 'cloud://env.bucket/checked/u1.pdf',
      name: '授权书.pdf',
      size: 2048,
      kind: 'pdf',
      sha256: 'ab'.repeat(32),
    });
  });
});
