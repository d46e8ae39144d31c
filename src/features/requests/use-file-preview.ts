import { useState } from 'react';
import { previewKind, previewStoredFile, type PreviewKind } from '../../platform/permissions';

/** The file shown in the page, and which one it is (`subject`: e.g. a material's uploadId), never its name. */
export interface ShownFile<S> {
  url: string;
  kind: PreviewKind;
  subject: S;
}

/**
 * 查看 of a stored file: WeChat's own viewer in the mini-program; in the browser the page shows the
 * file itself (FilePreview) until the person closes it. The page names the file at render from the
 * subject it passed, so a language switched in place while the file is shown renames it.
 */
export function useFilePreview<S = string>() {
  const [shown, setShown] = useState<ShownFile<S> | null>(null);
  const [failed, setFailed] = useState(false);
  const open = async (url: string, kindOrName: string, subject: S) => {
    setFailed(false);
    const kind = previewKind(kindOrName);
    const outcome = await previewStoredFile(url, kind);
    if (outcome === 'in-page') setShown({ url, kind, subject });
    if (outcome === 'failed') setFailed(true);
  };
  return { shown, failed, open, close: () => setShown(null) };
}

export type FilePreviewState<S = string> = ReturnType<typeof useFilePreview<S>>;
