import { t } from '../../i18n';
import { wxApi } from '../wx-api';
import { ensure, unavailable } from './ensure';
import { failed, notGranted, ok, type CapabilityResult } from './result';

export interface VoiceNote {
  path: string;
  durationMs: number;
  size: number;
}

export interface Recording {
  stop(): Promise<CapabilityResult<VoiceNote>>;
}

type Recorder = ReturnType<typeof wxApi.getRecorderManager>;

function recorder(): Recorder | null {
  try {
    const manager = wxApi.getRecorderManager();
    return manager && typeof manager.start === 'function' ? manager : null;
  } catch {
    return null;
  }
}

function stopper(manager: Recorder): Recording {
  return {
    stop: () =>
      new Promise((resolve) => {
        manager.onStop((result) =>
          resolve(ok({ path: result.tempFilePath, durationMs: result.duration, size: result.fileSize })),
        );
        manager.onError((error) => resolve(failed('microphone', error)));
        manager.stop();
      }),
  };
}

/** A voice note for feedback: asks scope.record first, then records with RecorderManager. */
export async function startVoiceNote(options: { maxDurationMs?: number } = {}): Promise<CapabilityResult<Recording>> {
  const permission = await ensure('microphone');
  if (permission.status !== 'granted') return notGranted(permission);
  const manager = recorder();
  if (!manager) return unavailable(() => t.permissions.unavailable);
  return new Promise((resolve) => {
    manager.onStart(() => resolve(ok(stopper(manager))));
    manager.onError((error) => resolve(failed('microphone', error)));
    manager.start({ duration: options.maxDurationMs ?? 60_000, format: 'aac' });
  });
}
