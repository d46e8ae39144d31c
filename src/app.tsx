import type { PropsWithChildren } from 'react';
import { startPrivacyGate } from './features/consent/privacy-gate';
import { installE2EHooks } from './platform/e2e-hooks';
import { startLocale } from './platform/locale';
import { makePagesFocusable } from './platform/page-scroller';
import './app.css';

installE2EHooks();
// Before any page renders: the catalogs speak the chosen (or WeChat's) language from the first frame.
startLocale();
startPrivacyGate();
makePagesFocusable();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
