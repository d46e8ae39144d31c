import { View } from '@tarojs/components';
import type { MaterialView } from '../../../cloudfunctions/lib/contract/requests';
import type { FilePreviewState } from '../../features/requests/use-file-preview';
import { tr } from '../../i18n/requests';

/**
 * 查看 of one material of a request (the person's and the staff request pages): opens the file with
 * its uploadId as the subject, and the page names it at render (`materialTitle`). Nothing without a link.
 */
export function MaterialViewLink({
  material,
  preview,
  prefix,
}: {
  material: MaterialView;
  preview: FilePreviewState;
  prefix: string;
}) {
  const { url, kind, uploadId } = material;
  if (!url) return null;
  return (
    <View
      className={`svc__link qyb-tap ${prefix}__view`}
      role="button"
      onClick={() => void preview.open(url, kind, uploadId)}
    >
      {tr.detail.view}
    </View>
  );
}
