/** Types of view.js: Taro's own View. */
export { View } from '@tarojs/components';
