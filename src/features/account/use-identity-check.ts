import { useState } from 'react';
import { faceVerificationSupported, type ProfileView } from '../../../cloudfunctions/lib/contract/account';
import { meetsLevel } from '../../../cloudfunctions/lib/contract/assurance-levels';
import type { MyIdentityReviewView } from '../../../cloudfunctions/lib/contract/identity-review';
import { ROUTES, navigate } from '../../platform/navigation';
import { pickAndUpload, uploadNotice, type MaterialSource, type UploadNote } from '../requests/material-upload';
import { accountApi } from './account-api';
import { identityApi } from './identity-api';
import { useSaid } from '../said/use-said';

/** What submitIdentityDocument accepts (cloudfunctions/lib/identity-review): a JPEG or PNG photo, 5 MB. */
const PHOTO_RULE = { code: 'identity-document', kinds: ['jpeg', 'png'] as const, maxBytes: 5 * 1024 * 1024 };

/**
 * Which way to L2 the page offers: done, WeChat face check, or a document photo for staff. WeChat's
 * face check takes only mainland resident ID cards ("目前仅支持持二代身份证的大陆居民"):
 * https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/cityservice/FacialRecognitionVerify.html
 */
export type IdentityRoute = 'verified' | 'face' | 'photo';

export function routeOf(profile: ProfileView): IdentityRoute {
  if (meetsLevel(profile.verification.level, 'L2')) return 'verified';
  return faceVerificationSupported(profile.document) ? 'face' : 'photo';
}

/**
 * The 实名核验 page: a mainland ID card goes to the existing face flow; any other document is
 * photographed (through the permissions module, as materials are), uploaded and handed to staff;
 * then the page shows the check waiting, approved, or refused with the reviewer's reason.
 */
export function useIdentityCheck() {
  const [profile, setProfile] = useState<ProfileView | null>(null);
  const [review, setReview] = useState<MyIdentityReviewView | null>(null);
  const [photo, setPhoto] = useState<{ uploadId: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid();
  const [notes, setNotes] = useState<UploadNote[]>([]);
  const [signedOut, setSignedOut] = useState(false);

  async function load() {
    const [me, mine] = await Promise.all([accountApi.profile(), identityApi.mine()]);
    if (!me.ok) {
      if (me.error.code === 'ACCOUNT.NOT_SIGNED_IN') setSignedOut(true);
      else setError(me.error);
      return;
    }
    setProfile(me.data);
    if (mine.ok) setReview(mine.data);
    else setError(mine.error);
  }

  async function pickPhoto(source: MaterialSource) {
    if (busy) return;
    setBusy(true);
    setNotes([]);
    const outcome = await pickAndUpload({ source, spec: PHOTO_RULE, purpose: 'material', count: 1 });
    setBusy(false);
    setNotes(outcome.notes);
    const added = outcome.added[0];
    if (added) setPhoto({ uploadId: added.uploadId, name: added.name });
  }

  async function submit() {
    if (!photo || busy) return;
    setBusy(true);
    setError(null);
    const result = await identityApi.submit(photo.uploadId);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setReview(result.data);
    // The waiting notice says it was handed in; the upload's own notice is done with.
    setPhoto(null);
    setNotes([]);
  }

  const route = profile ? routeOf(profile) : null;
  return {
    profile,
    review,
    route,
    photo,
    busy,
    error,
    notice: uploadNotice(notes),
    signedOut,
    load,
    pickPhoto,
    submit,
    toFace: () => navigate(ROUTES.accountFace, { purpose: 'verify' }),
  };
}
