import { useState } from 'react';
import { FEEDBACK_PHOTOS_MAX, type FeedbackCategory } from '../../../cloudfunctions/lib/contract/feedback';
import { chooseMediaFiles, type ChosenMedia } from '../../platform/permissions';
import { kindFromName, uploadFile } from '../../services/cloud/uploader';
import { tFeedback } from '../../i18n/feedback';
import { useSaid } from '../said/use-said';
import { feedbackApi } from './feedback-api';
import { useVoiceNote } from './use-voice-note';

export interface AttachedPhoto {
  uploadId: string;
  /** The local (cleaned) copy, for the preview. */
  path: string;
  location: ChosenMedia['location'];
}

function photoName(path: string, index: number): string {
  const kind = kindFromName(path) ?? 'jpeg';
  return `${tFeedback.photoFile}${index + 1}.${kind === 'png' ? 'png' : 'jpg'}`;
}

function noticeText(notice: { skipped: number; tooLarge: number } | 'submitted' | null): string {
  if (notice === null) return '';
  if (notice === 'submitted') return tFeedback.submitted;
  const { skipped, tooLarge } = notice;
  return (skipped ? tFeedback.skipped(skipped) : '') + (tooLarge ? tFeedback.tooLarge(tooLarge) : '');
}

/**
 * Writing feedback: category, text, photos (location metadata removed before upload unless the
 * person keeps it) and one voice note. Each attachment is uploaded and checked when it is added;
 * the form sends only uploadIds.
 */
export function useFeedbackForm(onSubmitted: () => void) {
  const [category, setCategory] = useState<FeedbackCategory>('suggestion');
  const [text, setText] = useState('');
  const [keepLocation, setKeepLocation] = useState(false);
  const [photos, setPhotos] = useState<AttachedPhoto[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useSaid(tFeedback);
  // What the notice says, as data: photos left out (counts), or the feedback sent.
  const [notice, setNotice] = useState<{ skipped: number; tooLarge: number } | 'submitted' | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const voice = useVoiceNote(setError);

  async function addPhotos(source: 'album' | 'camera') {
    const room = FEEDBACK_PHOTOS_MAX - photos.length;
    if (busy || room <= 0) return;
    setError(null);
    setNotice(null);
    const choice = await chooseMediaFiles({ source, count: room, kinds: ['image'], keepLocation });
    if (choice.status === 'cancelled') return;
    if (choice.status !== 'ok') {
      setError(choice);
      return;
    }
    const { files, skipped, tooLarge } = choice.value;
    setNotice(skipped || tooLarge ? { skipped, tooLarge } : null);
    setBusy(true);
    const added: AttachedPhoto[] = [];
    for (const [i, file] of files.entries()) {
      const name = photoName(file.path, photos.length + i);
      const kind = kindFromName(name) ?? 'jpeg';
      const uploaded = await uploadFile(file.path, { purpose: 'feedback', name, size: file.size, kind });
      if (uploaded.ok) added.push({ uploadId: uploaded.data.uploadId, path: file.path, location: file.location });
      else setError(uploaded.error);
    }
    setPhotos((current) => [...current, ...added]);
    setBusy(false);
  }

  async function submit() {
    if (busy || voice.busy || voice.recording || text.trim().length === 0) return;
    setBusy(true);
    setError(null);
    const result = await feedbackApi.submit({
      category,
      text,
      photoIds: photos.map((p) => p.uploadId),
      voiceId: voice.voice?.uploadId,
    });
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'ACCOUNT.NOT_SIGNED_IN') setSignedOut(true);
      setError(result.error);
      return;
    }
    setText('');
    setPhotos([]);
    voice.clear();
    setNotice('submitted');
    onSubmitted();
  }

  return {
    category,
    setCategory,
    text,
    setText,
    keepLocation,
    toggleKeepLocation: () => setKeepLocation((keep) => !keep),
    photos,
    addPhotos,
    removePhoto: (uploadId: string) => setPhotos((current) => current.filter((p) => p.uploadId !== uploadId)),
    voice,
    busy: busy || voice.busy,
    ready: text.trim().length > 0 && !busy && !voice.busy && !voice.recording,
    error,
    notice: noticeText(notice),
    signedOut,
    submit,
  };
}
