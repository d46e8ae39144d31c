export default definePageConfig({ navigationBarTitleText: '推送通知' });
