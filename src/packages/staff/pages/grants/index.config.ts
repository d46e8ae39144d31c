export default definePageConfig({ navigationBarTitleText: '经办人授权审核' });
