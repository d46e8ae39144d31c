/** The app's pages as the automator names them (path without leading slash). */
export const PAGES = {
  home: 'pages/index/index',
  agreement: 'pages/agreement/index',
  policy: 'packages/privacy/pages/policy/index',
} as const;
