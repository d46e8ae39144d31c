import { defineCustomElementTaroTextareaCore } from '@tarojs/components/dist/components';
import { taroComponent } from './create';

export var Textarea = /*@__PURE__*/ taroComponent('taro-textarea-core', defineCustomElementTaroTextareaCore);
