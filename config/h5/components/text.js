import { TEXT_CSS } from './css';
import { PlainText, plainComponent } from './plain';

export var Text = /*@__PURE__*/ plainComponent('taro-text-core', PlainText, TEXT_CSS);
