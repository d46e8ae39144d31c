import type { MyUploadsOutput } from '../../../cloudfunctions/lib/contract/files';
import { FUNCTIONS } from '../../../cloudfunctions/lib/contract/functions';
import { cloudClient } from '../../services/cloud';

const fn = 'files' as const;
const f = FUNCTIONS.files;

/** My uploads in the `files` function. Whose: WeChat's OPENID in the cloud; nothing here names an account. */
export const uploadsApi = {
  mine: () => cloudClient.call<MyUploadsOutput, typeof fn>(fn, f.myUploads, {}),
  remove: (uploadId: string) =>
    cloudClient.call<{ uploadId: string; files: number }, typeof fn>(fn, f.deleteUpload, { uploadId }),
};
