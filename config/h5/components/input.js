import { defineCustomElementTaroInputCore } from '@tarojs/components/dist/components';
import { taroComponent } from './create';

export var Input = /*@__PURE__*/ taroComponent('taro-input-core', defineCustomElementTaroInputCore);
