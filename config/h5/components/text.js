import { defineCustomElementTaroTextCore } from '@tarojs/components/dist/components';
import { taroComponent } from './create';

export var Text = /*@__PURE__*/ taroComponent('taro-text-core', defineCustomElementTaroTextCore);
