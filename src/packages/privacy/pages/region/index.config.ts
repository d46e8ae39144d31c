export default definePageConfig({
  navigationBarTitleText: '选择所在地区',
});
