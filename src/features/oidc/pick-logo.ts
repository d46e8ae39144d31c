import { UPLOAD_RULES } from '../../../cloudfunctions/lib/contract/files';
import { tOidcClients } from '../../i18n/oidc-clients';
import { chooseMediaFiles } from '../../platform/permissions';
import { kindFromName, uploadFile } from '../../services/cloud/uploader';
import type { Saying } from '../said/use-said';

/** A chosen logo, uploaded and checked: its upload id for the service, and the local image to preview. */
export interface PickedLogo {
  uploadId: string;
  preview: string;
}

const RULE = UPLOAD_RULES['service-logo'];

/**
 * Chooses one image from the album (through the permissions layer, location metadata removed) and
 * uploads it for purpose `service-logo`; the server checks the real type (PNG/JPEG) and size
 * (≤ 200 KB) and answers with a refusal when it does not fit (`problem`, worded at render). Null: the admin cancelled.
 */
export async function pickLogo(): Promise<
  { ok: true; logo: PickedLogo } | { ok: false; problem: Saying<typeof tOidcClients> } | null
> {
  const chosen = await chooseMediaFiles({ source: 'album', count: 1, kinds: ['image'] });
  if (chosen.status === 'cancelled') return null;
  if (chosen.status !== 'ok') return { ok: false, problem: chosen };
  const file = chosen.value.files[0];
  if (!file) return { ok: false, problem: 'logoUnusable' };
  const declared = kindFromName(file.path);
  const kind = declared && RULE.kinds.includes(declared) ? declared : 'jpeg';
  const name = `logo-${Date.now()}.${kind === 'png' ? 'png' : 'jpg'}`;
  const uploaded = await uploadFile(file.path, { purpose: 'service-logo', name, size: file.size, kind });
  if (!uploaded.ok) return { ok: false, problem: uploaded.error };
  return { ok: true, logo: { uploadId: uploaded.data.uploadId, preview: file.path } };
}
