import { View } from '@tarojs/components';
import { t } from '../../i18n';
import { useLocale } from '../../i18n/use-locale';
import { ROUTES, navigate, redirect } from '../../platform/navigation';
import './index.css';

interface Props {
  id: string;
  version: string;
  /** The page already shows the Traditional reading copy: label it, and offer the binding text. */
  reading?: boolean;
}

/**
 * What a non-Simplified reader is told about a policy document: it binds in Simplified Chinese
 * only. In zh-MO a link opens the Traditional reading copy (privacy subpackage, so the copy never
 * weighs on the main package); in pt-PT and en a note says no translation is given.
 */
export function PolicyLanguageNote({ id, version, reading = false }: Props) {
  const locale = useLocale();
  if (reading) {
    return (
      <View className="policy-language-note policy-language-note--reading" role="note">
        <View>{t.policy.readingCopyLabel}</View>
        <View
          className="policy-language-note__link"
          role="link"
          onClick={() => redirect(ROUTES.policy, { id, version })}
        >
          {t.policy.authoritativeLink}
        </View>
      </View>
    );
  }
  if (locale === 'zh-MO') {
    return (
      <View
        className="policy-language-note policy-language-note__link"
        role="link"
        onClick={() => navigate(ROUTES.policy, { id, version, copy: 'traditional' })}
      >
        {t.policy.readingCopyLink}
      </View>
    );
  }
  if (locale === 'zh-CN') return null;
  return (
    <View className="policy-language-note" role="note">
      {t.policy.authoritativeNote}
    </View>
  );
}
