import { useSyncExternalStore } from 'react';
import { careModeOn, chooseCareMode, watchCareMode } from '../../platform/care-mode';

/** The root class that turns 关怀模式 on: src/styles/care.css redefines the tokens under it. */
export const CARE_CLASS = 'qyb-care';

export interface CareMode {
  on: boolean;
  /** Added to a page's root element; empty outside 关怀模式. */
  rootClass: string;
  choose(on: boolean): void;
}

/** 关怀模式 (长辈版) for a page: whether it is on, the class its root carries, and the switch. */
export function useCareMode(): CareMode {
  const on = useSyncExternalStore(watchCareMode, careModeOn, careModeOn);
  return { on, rootClass: on ? CARE_CLASS : '', choose: chooseCareMode };
}
