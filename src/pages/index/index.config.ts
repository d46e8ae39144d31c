export default definePageConfig({
  navigationBarTitleText: '琴易办',
});
