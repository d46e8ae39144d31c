import Taro from '@tarojs/taro';
import { useState } from 'react';
import { wxApi } from './wx-api';

/** Every route the app has, written once. */
export const ROUTES = {
  home: '/pages/index/index',
  agreement: '/pages/agreement/index',
  policy: '/packages/privacy/pages/policy/index',
  privacyCenter: '/packages/privacy/pages/center/index',
  permissions: '/packages/privacy/pages/permissions/index',
  region: '/packages/privacy/pages/region/index',
  accountSignIn: '/packages/account/pages/sign-in/index',
  accountRegister: '/packages/account/pages/register/index',
  accountProfile: '/packages/account/pages/profile/index',
  accountChangePassword: '/packages/account/pages/change-password/index',
  accountFace: '/packages/account/pages/face/index',
  accountIdentity: '/packages/account/pages/identity/index',
  feedback: '/packages/feedback/pages/index/index',
  report: '/packages/feedback/pages/report/index',
  services: '/packages/services/pages/catalog/index',
  matter: '/packages/services/pages/matter/index',
  apply: '/packages/services/pages/apply/index',
  myRequests: '/packages/services/pages/mine/index',
  requestDetail: '/packages/services/pages/request/index',
  enterprise: '/packages/services/pages/enterprise/index',
  staffDesk: '/packages/staff/pages/desk/index',
  staffQueue: '/packages/staff/pages/queue/index',
  staffRequest: '/packages/staff/pages/request/index',
  staffGrants: '/packages/staff/pages/grants/index',
  inbox: '/packages/inbox/pages/list/index',
  inboxPreferences: '/packages/inbox/pages/preferences/index',
  staffPush: '/packages/staff/pages/push/index',
  rights: '/packages/privacy/pages/rights/index',
  myUploads: '/packages/privacy/pages/uploads/index',
  staffAccounts: '/packages/staff/pages/accounts/index',
  staffPrivacyRequests: '/packages/staff/pages/privacy-requests/index',
  staffAudit: '/packages/staff/pages/audit/index',
  oidcConsent: '/packages/oidc/pages/consent/index',
  oidcAuthorized: '/packages/oidc/pages/authorized/index',
  linkedAccounts: '/packages/account/pages/linked/index',
  linkedWeb: '/packages/account/pages/linked-web/index',
  linkedCallback: '/packages/account/pages/linked-callback/index',
  staffFeedback: '/packages/staff/pages/feedback/index',
  staffReports: '/packages/staff/pages/reports/index',
  staffIdentityReviews: '/packages/staff/pages/identity-reviews/index',
  staffFactor: '/packages/staff/pages/factor/index',
  staffOidcClients: '/packages/staff/pages/oidc-clients/index',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

function withQuery(route: Route, query?: Record<string, string>): string {
  if (!query) return route;
  const search = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `${route}?${search}`;
}

export function navigate(route: Route, query?: Record<string, string>): void {
  void wxApi.navigateTo({ url: withQuery(route, query) });
}

export function redirect(route: Route, query?: Record<string, string>): void {
  void wxApi.redirectTo({ url: withQuery(route, query) });
}

export function relaunch(route: Route): void {
  void wxApi.reLaunch({ url: route });
}

export function goBack(): void {
  void wxApi.navigateBack();
}

/** The route of the page on screen, without its query. */
export function currentRoute(): string {
  const path = Taro.getCurrentInstance().router?.path ?? '';
  return path.split('?')[0] ?? '';
}

export function pageQuery(): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(rawPageQuery()))
    query[name] = value === undefined ? value : decodedOnce(value);
  return query;
}

/**
 * This page's query as the platform gives it: WeChat passes onLoad the parameters of the page's path as
 * written there (developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html; a mini-program code's
 * scene arrives encoded, OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html), and Taro H5's router
 * parses it with `decode: false` to match (the linked-web page opened `/http%3A%2F%2F…` and showed a
 * 404). For a query whose sender encoded it its own way (an OIDC request's form encoding); every
 * other reader takes pageQuery().
 */
export function rawPageQuery(): Record<string, string | undefined> {
  return Taro.getCurrentInstance().router?.params ?? {};
}

/** navigate() and redirect() encode each value once (and so do WeChat's scan and our web callback): decoded once here. */
function decodedOnce(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * This page's query, read once when it opens. A page below the one on show renders again when the
 * language or 关怀模式 changes in place; pageQuery() would then give it the query of the page on show.
 */
export function usePageQuery(): Record<string, string | undefined> {
  const [query] = useState(pageQuery);
  return query;
}
