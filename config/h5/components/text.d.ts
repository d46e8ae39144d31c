/** Types of text.js: Taro's own Text. */
export { Text } from '@tarojs/components';
