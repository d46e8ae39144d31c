export default definePageConfig({ navigationBarTitleText: '办理须知' });
