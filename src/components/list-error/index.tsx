import { View } from '@tarojs/components';
import { t } from '../../i18n';
import { AppButton } from '../app-button';
import './index.css';

/** A list that could not load: what went wrong and a way forward (重试). */
export function ListError({ message, name, onRetry }: { message: string; name: string; onRetry: () => unknown }) {
  return (
    <View className={`list-error ${name}`} role="alert">
      <View className="list-error__message">{message}</View>
      <AppButton className={`list-error__retry ${name}-retry`} onClick={() => void onRetry()}>
        {t.permissions.network.retry}
      </AppButton>
    </View>
  );
}
