import { defineCustomElementTaroWebViewCore } from '@tarojs/components/dist/components';
import { taroComponent } from './create';

export var WebView = /*@__PURE__*/ taroComponent('taro-web-view-core', defineCustomElementTaroWebViewCore);
