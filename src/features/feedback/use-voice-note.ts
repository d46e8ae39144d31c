import { useState } from 'react';
import { startVoiceNote, type Recording } from '../../platform/permissions';
import { uploadFile, kindFromName } from '../../services/cloud/uploader';
import { tFeedback } from '../../i18n/feedback';
import { useSaid, type Saying } from '../said/use-said';

export interface AttachedVoice {
  uploadId: string;
  seconds: number;
}

/**
 * One voice note: the microphone is asked (scope.record) when the person taps record. Refusing it
 * turns off voice only — `off` holds why — and the rest of the form keeps working.
 */
export function useVoiceNote(onError: (what: Saying<typeof tFeedback>) => void) {
  const [recording, setRecording] = useState<Recording | null>(null);
  const [voice, setVoice] = useState<AttachedVoice | null>(null);
  const [off, sayOff] = useSaid(tFeedback);
  const [busy, setBusy] = useState(false);

  async function start() {
    if (recording || busy || off) return;
    const result = await startVoiceNote({ maxDurationMs: 60_000 });
    if (result.status === 'ok') setRecording(result.value);
    else if (result.status !== 'cancelled') sayOff(result.message ? result : 'voiceOff');
  }

  async function stop() {
    if (!recording) return;
    setBusy(true);
    const result = await recording.stop();
    setRecording(null);
    if (result.status === 'ok') {
      const { path, size, durationMs } = result.value;
      const kind = kindFromName(path) ?? 'aac';
      const uploaded = await uploadFile(path, {
        purpose: 'feedback',
        name: `${tFeedback.voiceFile}.${kind}`,
        size,
        kind,
      });
      if (uploaded.ok) setVoice({ uploadId: uploaded.data.uploadId, seconds: Math.round(durationMs / 1000) });
      else onError(uploaded.error);
    } else if (result.status !== 'cancelled') onError(result);
    setBusy(false);
  }

  return { recording: recording !== null, voice, off, busy, start, stop, clear: () => setVoice(null) };
}
