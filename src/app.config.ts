export default defineAppConfig({
  pages: ['pages/index/index', 'pages/agreement/index'],
  subPackages: [
    {
      root: 'packages/privacy',
      pages: [
        'pages/policy/index',
        'pages/center/index',
        'pages/permissions/index',
        'pages/region/index',
        'pages/rights/index',
        'pages/uploads/index',
      ],
    },
    {
      root: 'packages/account',
      pages: [
        'pages/sign-in/index',
        'pages/register/index',
        'pages/profile/index',
        'pages/change-password/index',
        'pages/face/index',
        'pages/linked/index',
        'pages/linked-web/index',
        'pages/linked-callback/index',
        'pages/identity/index',
      ],
    },
    { root: 'packages/feedback', pages: ['pages/index/index', 'pages/report/index'] },
    {
      root: 'packages/services',
      pages: [
        'pages/catalog/index',
        'pages/matter/index',
        'pages/apply/index',
        'pages/mine/index',
        'pages/request/index',
        'pages/enterprise/index',
      ],
    },
    {
      root: 'packages/staff',
      pages: [
        'pages/desk/index',
        'pages/queue/index',
        'pages/request/index',
        'pages/grants/index',
        'pages/push/index',
        'pages/accounts/index',
        'pages/privacy-requests/index',
        'pages/audit/index',
        'pages/feedback/index',
        'pages/reports/index',
        'pages/identity-reviews/index',
        'pages/factor/index',
        'pages/oidc-clients/index',
      ],
    },
    { root: 'packages/inbox', pages: ['pages/list/index', 'pages/preferences/index'] },
    { root: 'packages/oidc', pages: ['pages/consent/index', 'pages/authorized/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b5cad',
    navigationBarTitleText: '琴易办',
    navigationBarTextStyle: 'white',
  },
  // WeChat's privacy authorization: APIs that collect personal information wait for
  // onNeedPrivacyAuthorization, which the agreement screen answers.
  __usePrivacyCheck__: true,
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于切换城市和填写您所在的地区' },
  },
  lazyCodeLoading: 'requiredComponents',
});
