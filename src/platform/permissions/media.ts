import { wxApi } from '../wx-api';
import { ensure } from './ensure';
import { stripJpegGps, type GpsStripOutcome } from './exif-gps';
import { fileBytes, type FileBytes } from './file-bytes';
import { failed, notGranted, ok, type CapabilityResult } from './result';

export interface ChosenMedia {
  path: string;
  size: number;
  kind: 'image' | 'video';
  /** What happened to location metadata: removed, none found, kept on request, not an image. */
  location: GpsStripOutcome | 'kept';
}

export interface MediaChoice {
  files: ChosenMedia[];
  /** Images left out because their location metadata could not be removed safely. */
  skipped: number;
  /** Files over the size limit (checked again by the server on upload). */
  tooLarge: number;
}

/** Client-side limits; the upload function enforces its own. */
export const MEDIA_MAX_BYTES = { image: 10 * 1024 * 1024, video: 50 * 1024 * 1024 } as const;

export interface ChooseMediaOptions {
  source: 'album' | 'camera';
  count?: number;
  kinds?: ('image' | 'video')[];
  /** Location metadata is removed by default; true keeps it (the person chose so). */
  keepLocation?: boolean;
}

/** Removes EXIF/XMP GPS from one chosen image, writing a cleaned copy when anything was removed. */
export async function withoutLocation(
  path: string,
  io: FileBytes = fileBytes,
): Promise<{ path: string; outcome: GpsStripOutcome }> {
  const { bytes, outcome } = stripJpegGps(await io.read(path));
  if (outcome !== 'removed') return { path, outcome };
  return { path: await io.write(bytes, 'jpg'), outcome };
}

/**
 * Photos and videos for uploads, from the album or the camera (chooseMedia). Before anything is
 * uploaded, location metadata is removed from images unless `keepLocation`.
 */
export async function chooseMediaFiles(options: ChooseMediaOptions): Promise<CapabilityResult<MediaChoice>> {
  const id = options.source === 'camera' ? 'camera' : 'album';
  const permission = await ensure(id);
  if (permission.status !== 'granted') return notGranted(permission);
  try {
    const chosen = await wxApi.chooseMedia({
      count: options.count ?? 1,
      mediaType: options.kinds ?? ['image'],
      sourceType: [options.source],
      sizeType: ['compressed'],
    });
    const files: ChosenMedia[] = [];
    let skipped = 0;
    let tooLarge = 0;
    for (const file of chosen.tempFiles) {
      const kind = file.fileType === 'video' ? 'video' : 'image';
      if (file.size > MEDIA_MAX_BYTES[kind]) {
        tooLarge += 1;
        continue;
      }
      if (kind === 'video' || options.keepLocation) {
        files.push({
          path: file.tempFilePath,
          size: file.size,
          kind,
          location: kind === 'video' ? 'not-jpeg' : 'kept',
        });
        continue;
      }
      const clean = await withoutLocation(file.tempFilePath);
      if (clean.outcome === 'unreadable') skipped += 1;
      else files.push({ path: clean.path, size: file.size, kind, location: clean.outcome });
    }
    return ok({ files, skipped, tooLarge });
  } catch (error) {
    return failed(id, error);
  }
}
