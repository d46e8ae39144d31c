export default definePageConfig({ navigationBarTitleText: '关联账号' });
