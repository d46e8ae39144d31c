import { makeRunBaseline } from './integration-baseline';

/** Jest's global setup of the integration project: runs once, before the workers start. */
export default function globalSetup(): void {
  makeRunBaseline();
}
