import { defineCustomElementTaroImageCore } from '@tarojs/components/dist/components';
import { taroComponent } from './create';

export var Image = /*@__PURE__*/ taroComponent('taro-image-core', defineCustomElementTaroImageCore);
