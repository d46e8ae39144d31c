/** Types of scroll-view.js: Taro's own ScrollView. */
export { ScrollView } from '@tarojs/components';
export declare class PlainScrollView extends HTMLElement {}
