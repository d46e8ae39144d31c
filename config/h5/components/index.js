/**
 * The H5 build's `@tarojs/components` (config/index.ts). Taro's React module makes every component the
 * app uses anywhere in one module, defining each custom element as it loads, so the first page loaded
 * them all (picker, inputs, image, web-view: 35 KB of the agreement's first load, issue 18). Here each
 * component the app uses is its own module (the same proxy Taro makes), so a page loads and defines
 * only its own; any other component still comes from Taro's module. The weapp build never sees this.
 */
export * from '@tarojs/components/lib/react';
export { Button } from './button';
export { Image } from './image';
export { Input } from './input';
export { Picker } from './picker';
export { ScrollView } from './scroll-view';
export { Text } from './text';
export { Textarea } from './textarea';
export { View } from './view';
export { WebView } from './web-view';
