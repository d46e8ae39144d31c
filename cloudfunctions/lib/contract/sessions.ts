import * as v from 'valibot';
import { SESSION_HANDLE } from './session-handle';

/**
 * What a session keeps of the device it was started on (issue 15, My sessions): the platform and
 * the model as WeChat reports them (wx.getDeviceInfo), clipped; nothing that identifies the device.
 */
export const SessionDeviceSchema = v.strictObject({
  platform: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(32))),
  model: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(64))),
});
export type SessionDevice = v.InferOutput<typeof SessionDeviceSchema>;

export { SESSION_HANDLE } from './session-handle';

/** One of my live sessions as the profile lists it. */
export interface MySessionView {
  id: string;
  /** `iPhone 15 · ios`; null when the device said nothing. */
  device: string | null;
  startedAt: string;
  lastUsedAt: string;
  /** The session of the device asking. */
  current: boolean;
}

export const EndSessionInputSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(SESSION_HANDLE)),
});

/** What a client reports when it does not know (Taro's H5 getDeviceInfo gives model `unknown`): not a name. */
const UNKNOWN = /^\s*unknown\s*$/i;

/** A human name for a device: model and platform, each only if reported. */
export function deviceLabel(device: SessionDevice | null | undefined): string | null {
  if (!device) return null;
  const parts = [device.model, device.platform].filter(
    (part): part is string => Boolean(part && part.trim()) && !UNKNOWN.test(part as string),
  );
  return parts.length > 0 ? parts.join(' · ') : null;
}
