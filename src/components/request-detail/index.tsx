import { View } from '@tarojs/components';
import type { DeliveryView } from '../../../cloudfunctions/lib/contract/requests';
import { tr } from '../../i18n/requests';

/** One labelled value of a request; `prefix` names the page's classes (`request`, `staff-request`). */
export function DetailRow({
  prefix,
  label,
  value,
  name,
}: {
  prefix: string;
  label: string;
  value: string;
  name: string;
}) {
  return (
    <View className={`svc__row ${prefix}__row ${prefix}__row--${name}`}>
      <View className="svc__row-label">{label}</View>
      <View className={`${prefix}__value ${prefix}__value--${name}`}>{value}</View>
    </View>
  );
}

/** How the result reaches the applicant: pick-up or post, with the contact as the viewer may see it. */
export function DeliveryCard({ prefix, delivery }: { prefix: string; delivery: DeliveryView }) {
  return (
    <View className="svc__card">
      <View className="svc__card-title">{tr.detail.delivery}</View>
      <DetailRow
        prefix={prefix}
        label={delivery.method === 'pickup' ? tr.apply.pickup : tr.apply.post}
        value={`${delivery.contact} ${delivery.mobile.countryCode} ${delivery.mobile.number}`}
        name="delivery"
      />
      {delivery.address && (
        <DetailRow
          prefix={prefix}
          label={tr.apply.address}
          value={`${delivery.region?.name ?? ''}${delivery.address}`}
          name="address"
        />
      )}
    </View>
  );
}
