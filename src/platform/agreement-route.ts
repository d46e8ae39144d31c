import { ROUTES, currentRoute, navigate, redirect } from './navigation';

/**
 * One way to the agreement screen. On a launch after a new version, home's gate redirects there
 * while a call home made is refused (CONSENT.REQUIRED) and leads there too: two routes started
 * before either lands stacked two agreement screens, and the redirect replaced the first one under
 * the person's eyes. A route is started only when the screen is neither showing nor on its way.
 */
let showing = false;
let startedAt = 0;
/** Longer than any route takes to land; a route that never lands does not block the next for long. */
const LANDING_MS = 3000;

/** The agreement screen says when it shows and when it goes. */
export function markAgreementShowing(open: boolean): void {
  showing = open;
  startedAt = 0;
}

export function agreementShowing(): boolean {
  return showing;
}

/** To the agreement, unless it is showing or a route to it has just started. */
export function openAgreement(how: 'navigate' | 'redirect', query?: Record<string, string>): void {
  if (showing || currentRoute() === ROUTES.agreement || Date.now() - startedAt < LANDING_MS) return;
  startedAt = Date.now();
  (how === 'redirect' ? redirect : navigate)(ROUTES.agreement, query);
}
