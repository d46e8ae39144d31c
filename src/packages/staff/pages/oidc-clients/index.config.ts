export default definePageConfig({
  navigationBarTitleText: '第三方服务登记',
});
