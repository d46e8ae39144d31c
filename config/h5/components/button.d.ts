/** Types of button.js: Taro's own Button, and the element class behind it (its style: css.js). */
export { Button } from '@tarojs/components';
export declare class PlainButton extends HTMLElement {}
