/** Types of button.js: Taro's own Button, and the element class and style behind it. */
export { Button } from '@tarojs/components';
export declare class PlainButton extends HTMLElement {}
export declare const BUTTON_CSS: string;
