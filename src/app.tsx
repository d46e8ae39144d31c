import type { PropsWithChildren } from 'react';
import { startPrivacyGate } from './features/consent/privacy-gate';
import { installE2EHooks } from './platform/e2e-hooks';
import { openFirst } from './platform/launch-route';
import { startLocale } from './platform/locale';
import { ROUTES } from './platform/navigation';
import { readStored } from './platform/storage';
import { makePagesFocusable } from './platform/page-scroller';
import './app.css';

installE2EHooks();
// Before any page renders: the catalogs speak the chosen (or WeChat's) language from the first frame.
startLocale();
// A first launch (no answer on this device) starts on the agreement: home is neither loaded nor drawn
// first (H5). Read from storage alone, so app.js carries no policy text; a new version to agree to
// is found by home, which redirects before it draws.
if (!readStored('consent.accepted') && !readStored('consent.declined')) openFirst(ROUTES.agreement);
startPrivacyGate();
makePagesFocusable();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
