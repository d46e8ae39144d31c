export default definePageConfig({
  navigationBarTitleText: '审计日志',
});
