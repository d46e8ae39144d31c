import { useState } from 'react';
import { previewKind, previewStoredFile, type PreviewKind } from '../../platform/permissions';

export interface ShownFile {
  url: string;
  kind: PreviewKind;
  /** Read at render: a language switched in place while the file is shown renames it. */
  title: () => string;
}

/**
 * 查看 of a stored file: WeChat's own viewer in the mini-program; in the browser the page shows the
 * file itself (FilePreview) until the person closes it.
 */
export function useFilePreview() {
  const [shown, setShown] = useState<ShownFile | null>(null);
  const [failed, setFailed] = useState(false);
  const open = async (url: string, kindOrName: string, title: string | (() => string)) => {
    setFailed(false);
    const kind = previewKind(kindOrName);
    const outcome = await previewStoredFile(url, kind);
    if (outcome === 'in-page') setShown({ url, kind, title: typeof title === 'function' ? title : () => title });
    if (outcome === 'failed') setFailed(true);
  };
  return { shown, failed, open, close: () => setShown(null) };
}

export type FilePreviewState = ReturnType<typeof useFilePreview>;
