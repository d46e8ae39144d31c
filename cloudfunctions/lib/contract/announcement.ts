import * as v from 'valibot';
import type { PushJobCreated } from './notify';

/**
 * Announcements the agreement promises (§8.2, §8.4): scheduled maintenance and service changes,
 * published by admins before the date, shown on home to everyone (guests too) until they end.
 */
export const ANNOUNCEMENT_TYPES = ['maintenance', 'service-change'] as const;
export type AnnouncementType = (typeof ANNOUNCEMENT_TYPES)[number];

const EpochMs = v.pipe(v.number(), v.integer(), v.minValue(0));

export const PublishAnnouncementInputSchema = v.strictObject({
  type: v.picklist(ANNOUNCEMENT_TYPES),
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)),
  body: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
  /** When the maintenance or change begins and ends (epoch ms; shown in Beijing time). */
  startsAt: EpochMs,
  endsAt: EpochMs,
});
export type PublishAnnouncementInput = v.InferInput<typeof PublishAnnouncementInputSchema>;

export interface AnnouncementView {
  id: string;
  type: AnnouncementType;
  title: string;
  body: string;
  startsAt: number;
  endsAt: number;
  /** Under way now (else still to come). */
  active: boolean;
}

export interface AnnouncementsView {
  announcements: AnnouncementView[];
}

/** The announcement, and the inbox push to everyone that tells of it (run like any push job). */
export interface AnnouncementPublished {
  announcementId: string;
  job: PushJobCreated;
}
