export default definePageConfig({ navigationBarTitleText: '已授权的第三方服务' });
