import type { PropsWithChildren } from 'react';
import { startPrivacyGate } from './features/consent/privacy-gate';
import { installE2EHooks } from './platform/e2e-hooks';
import './app.css';

installE2EHooks();
startPrivacyGate();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
