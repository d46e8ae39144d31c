import type { PropsWithChildren } from 'react';
import { readLaunchConsent } from './features/consent/launch-consent';
import { startPrivacyGate } from './features/consent/privacy-gate';
import { installE2EHooks } from './platform/e2e-hooks';
import { afterFirstPaint, openFirst } from './platform/launch-route';
import { startLocale } from './platform/locale';
import { ROUTES } from './platform/navigation';
import { makePagesFocusable } from './platform/page-scroller';
import { preloadOnDemand } from './platform/wx-api-on-demand-load';
import './app.css';

installE2EHooks();
// Before any page renders: the catalogs speak the chosen (or WeChat's) language from the first frame.
startLocale();
// Someone who has still to decide starts on the agreement: home is neither loaded nor drawn first (H5).
const decision = readLaunchConsent();
if (decision === 'undecided' || decision === 'outdated') {
  openFirst(ROUTES.agreement);
  // H5: the agreement's chunks are fetched now, while the rest of app.js (React DOM, the router) still
  // runs, not after the router mounts; the router's own import then finds them loaded (issue 18).
  if (process.env.TARO_ENV === 'h5') void import('./pages/agreement/index').catch(() => undefined);
}
startPrivacyGate();
// The first page is marked once painted (it is already in the DOM then); the observer is not held up by it.
afterFirstPaint(makePagesFocusable);
// H5: the dialogs and pickers no first screen needs are fetched once the page is idle after it.
afterFirstPaint(preloadOnDemand);

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
