export default definePageConfig({ navigationBarTitleText: '使用琴易办账号登录' });
