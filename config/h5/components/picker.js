import { defineCustomElementTaroPickerCore } from '@tarojs/components/dist/components';
import { taroComponent } from './create';

export var Picker = /*@__PURE__*/ taroComponent('taro-picker-core', defineCustomElementTaroPickerCore);
