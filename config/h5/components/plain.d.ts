/** Types of plain.js (the H5 build's plain Taro elements). */
import type { ComponentType } from 'react';

export declare function plainComponent<P>(
  tagName: string,
  ElementClass: CustomElementConstructor,
  css: string,
): ComponentType<P>;
export declare class PlainView extends HTMLElement {}
export declare class PlainText extends HTMLElement {}
export declare function numberAttribute(element: Element, name: string, fallback: number): number;
export declare function hoverOnTouchStart(el: HTMLElement, startDefault: number): void;
export declare function hoverOnTouchEnd(el: HTMLElement, stayDefault: number): void;
