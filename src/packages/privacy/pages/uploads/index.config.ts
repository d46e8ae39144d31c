export default definePageConfig({
  navigationBarTitleText: '我上传的文件',
});
