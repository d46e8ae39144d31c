import type { PropsWithChildren } from 'react';
import { installE2EHooks } from './platform/e2e-hooks';
import './app.css';

installE2EHooks();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
