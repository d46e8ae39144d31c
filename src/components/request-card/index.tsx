import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { StoredRequestStatus } from '../../../cloudfunctions/lib/contract/requests';
import { tr } from '../../i18n/requests';

/** The tag's tone: waiting for the person, granted, ended otherwise; anything else is moving. */
const TONES: Partial<Record<StoredRequestStatus, string>> = {
  supplement_requested: 'waiting',
  approved: 'granted',
  delivered: 'granted',
  rejected: 'ended',
  closed: 'ended',
  withdrawn: 'ended',
};

export interface RequestCardProps {
  /** The card's own classes, e.g. `mine__item mine__item--submitted`: what the specs select. */
  name: string;
  title: string;
  /** The title's own class, e.g. `mine__matter`. */
  titleName: string;
  status: StoredRequestStatus;
  onClick: () => void;
  /** The secondary lines: number, who, when. */
  children: ReactNode;
}

/**
 * One request in a list (我的办件, the staff queue): a card with the matter, the status as a tag in
 * words (its colour only repeats them) and a chevron saying it opens. Styles in
 * src/styles/service-desk.css.
 */
export function RequestCard({ name, title, titleName, status, onClick, children }: RequestCardProps) {
  return (
    <View className={`svc__card svc__item ${name}`} role="link" onClick={onClick}>
      <View className="svc__item-head">
        <View className={`svc__card-title svc__item-title ${titleName}`}>{title}</View>
        <View className={`svc__status svc__status--${TONES[status] ?? 'moving'}`}>{tr.statuses[status]}</View>
      </View>
      {children}
    </View>
  );
}
