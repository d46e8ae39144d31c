import { WebView } from '@tarojs/components';
import { tp } from '../../../../i18n/packages';
import { usePageTitle } from '../../../../platform/page-title';
import { usePageQuery } from '../../../../platform/navigation';

/**
 * The outside provider's sign-in page, for linking. A web-view shows only the mini-program's
 * business domains (localcloud/PARITY.md); its callback page comes back with code and state.
 */
export default function LinkedWebPage() {
  usePageTitle(tp.titles.linked);
  const url = usePageQuery().url ?? '';
  return <WebView src={url} />;
}
