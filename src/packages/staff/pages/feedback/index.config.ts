export default definePageConfig({ navigationBarTitleText: '意见反馈与投诉' });
