export default definePageConfig({ navigationBarTitleText: '企业与经办人' });
