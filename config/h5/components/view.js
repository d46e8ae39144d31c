import { defineCustomElementTaroViewCore } from '@tarojs/components/dist/components';
import { taroComponent } from './create';

export var View = /*@__PURE__*/ taroComponent('taro-view-core', defineCustomElementTaroViewCore);
