import { View } from '@tarojs/components';
import { AppButton } from '../../../../components/app-button';
import { useCareMode } from '../../../../features/care/use-care-mode';
import { useMyUploads } from '../../../../features/privacy/use-my-uploads';
import { beijingDateTime } from '../../../../i18n/beijing-time';
import { tp } from '../../../../i18n/packages';
import { tUploads } from '../../../../i18n/uploads';
import { usePageTitle } from '../../../../platform/page-title';
import './index.css';

/** Sizes as people read them: one decimal at most, in the largest unit below 1024. */
function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "我上传的文件": what I uploaded, each deletable after a confirmation (policy §8.3, PIPL art. 47). */
export default function MyUploadsPage() {
  usePageTitle(tp.titles.uploads);
  const care = useCareMode();
  const { items, loaded, signedOut, error, remove } = useMyUploads();

  return (
    <View className={`my-uploads ${care.rootClass}`}>
      <View className="my-uploads__intro">{tUploads.intro}</View>
      {error && <View className="my-uploads__error">{error}</View>}
      {signedOut && <View className="my-uploads__empty">{tUploads.signedOut}</View>}
      {loaded && !signedOut && !error && items.length === 0 && (
        <View className="my-uploads__empty">{tUploads.empty}</View>
      )}
      {items.map((item) => (
        <View key={item.uploadId} className="my-uploads__item">
          <View className="my-uploads__name">{item.name}</View>
          <View className="my-uploads__meta">
            {tUploads.purposes[item.purpose]} · {readableSize(item.size)} · {tUploads.uploadedAt}{' '}
            {beijingDateTime(item.uploadedAt)}
          </View>
          {item.inUse ? (
            <View className="my-uploads__kept">{tUploads.inUse}</View>
          ) : (
            <AppButton
              variant="warn"
              className="my-uploads__remove"
              ariaLabel={`${tUploads.remove} ${item.name}`}
              onClick={() => void remove(item.uploadId)}
            >
              {tUploads.remove}
            </AppButton>
          )}
        </View>
      ))}
    </View>
  );
}
