import { defineCustomElementTaroButtonCore } from '@tarojs/components/dist/components';
import { taroComponent } from './create';

export var Button = /*@__PURE__*/ taroComponent('taro-button-core', defineCustomElementTaroButtonCore);
