import { listOf } from '../../../../i18n/compose';
import { View } from '@tarojs/components';
import { useMatter } from '../../../../features/requests/use-catalog';
import { tr } from '../../../../i18n/requests';
import { ROUTES, navigate, usePageQuery } from '../../../../platform/navigation';
import '../../../../styles/service-desk.css';
import { AppButton } from '../../../../components/app-button';
import { usePageTitle } from '../../../../platform/page-title';
import { tp } from '../../../../i18n/packages';
import { useCareMode } from '../../../../features/care/use-care-mode';

const KIND_NAMES: Record<string, string> = {
  jpeg: 'JPG',
  png: 'PNG',
  pdf: 'PDF',
  mp4: 'MP4',
  aac: 'AAC',
  mp3: 'MP3',
  m4a: 'M4A',
};

export default function MatterPage() {
  usePageTitle(tp.titles.matter);
  const care = useCareMode();
  const code = usePageQuery().code ?? '';
  const { matter, error } = useMatter(code);
  const m = tr.matter;
  if (error) return <View className="svc svc__error matter__error">{error}</View>;
  if (!matter) return <View className="svc" />;
  return (
    <View className={`svc matter ${care.rootClass}`}>
      <View className="svc__title matter__name">{matter.name}</View>
      <View className="svc__card">
        <View className="svc__hint matter__description">{matter.description}</View>
        <View className="svc__row">
          <View className="svc__row-label">{m.department}</View>
          <View>{matter.department}</View>
        </View>
        <View className="svc__row">
          <View className="svc__row-label">{m.who}</View>
          <View className="matter__applicants">{listOf(matter.applicants.map((a) => m.applicants[a]))}</View>
        </View>
        <View className="svc__row">
          <View className="svc__row-label">{m.promised}</View>
          <View className="matter__promised">{tr.catalog.workingDays(matter.promisedWorkingDays)}</View>
        </View>
        <View className="svc__row">
          <View className="svc__row-label">{m.delivery}</View>
          <View className="matter__delivery">{matter.offlineDelivery ? m.deliveryOffered : m.pickupOnly}</View>
        </View>
      </View>
      <View className="svc__card">
        <View className="svc__card-title">{m.materials}</View>
        {matter.materials.length === 0 && <View className="svc__hint">{m.noMaterials}</View>}
        {matter.materials.map((material) => (
          <View key={material.code} className={`svc__row matter__material matter__material--${material.code}`}>
            <View>
              <View>{material.name}</View>
              <View className="svc__hint">
                {m.accepts(
                  material.kinds.map((k) => KIND_NAMES[k] ?? k).join('/'),
                  Math.round(material.maxBytes / (1 << 20)),
                  material.maxFiles,
                )}
              </View>
            </View>
            <View className="svc__row-label">{material.required ? m.required : m.optional}</View>
          </View>
        ))}
      </View>
      <AppButton
        className="svc__button matter__apply"
        variant="primary"
        onClick={() => navigate(ROUTES.apply, { code: matter.code })}
      >
        {m.apply}
      </AppButton>
    </View>
  );
}
