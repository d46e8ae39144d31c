import { useCallback, useState } from 'react';
import type {
  ErasableData,
  FileRequestInput,
  PersonalCopy,
  PrivacyRequestKind,
  PrivacyRequestView,
} from '../../../cloudfunctions/lib/contract/privacy';
import type { DocumentType } from '../../../cloudfunctions/lib/contract/identity-document';
import { tRights } from '../../i18n/rights';
import { ROUTES, redirect } from '../../platform/navigation';
import { useSaid } from '../said/use-said';
import type { ClientError } from '../../i18n/server-errors';
import { privacyApi } from './privacy-api';

export interface RightsDraft {
  kind: PrivacyRequestKind;
  realName: string;
  documentType: DocumentType;
  documentNumber: string;
  reason: string;
  what: string;
  /** The records a deletion names, ticked on the form. */
  scope: ErasableData[];
  question: string;
  password: string;
}

export const EMPTY_DRAFT: RightsDraft = {
  kind: 'correction',
  realName: '',
  documentType: 'resident-id',
  documentNumber: '',
  reason: '',
  what: '',
  scope: [],
  question: '',
  password: '',
};

/** What the form sends for its kind: only the fields of that kind, empty corrections left out. */
export function toFileInput(d: RightsDraft): FileRequestInput {
  if (d.kind === 'deletion')
    return { kind: 'deletion', password: d.password, what: d.what, scope: d.scope, reason: d.reason };
  if (d.kind === 'question') return { kind: 'question', password: d.password, question: d.question };
  const proposed: Extract<FileRequestInput, { kind: 'correction' }>['proposed'] = {};
  if (d.realName.trim()) proposed.realName = d.realName;
  if (d.documentNumber.trim()) proposed.document = { type: d.documentType, number: d.documentNumber };
  return { kind: 'correction', password: d.password, proposed, reason: d.reason };
}

/** The rights page: my requests, filing one, withdrawing one, and the copy of my information. */
export function useRights() {
  const [items, setItems] = useState<PrivacyRequestView[]>([]);
  const [error, setError] = useSaid(tRights);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [copy, setCopy] = useState<PersonalCopy | null>(null);

  const fail = (error: ClientError) => {
    if (error.code === 'ACCOUNT.NOT_SIGNED_IN') redirect(ROUTES.accountSignIn);
    else setError(error);
  };

  const load = useCallback(async () => {
    const result = await privacyApi.mine();
    if (result.ok) setItems(result.data.items);
    else fail(result.error);
  }, []);

  async function file(draft: RightsDraft): Promise<boolean> {
    setBusy(true);
    setError(null);
    setSubmitted(false);
    const result = await privacyApi.file(toFileInput(draft));
    setBusy(false);
    if (!result.ok) {
      fail(result.error);
      return false;
    }
    setItems((list) => [result.data, ...list]);
    setSubmitted(true);
    return true;
  }

  async function cancel(id: string) {
    const result = await privacyApi.cancel(id);
    if (result.ok) setItems((list) => list.map((i) => (i.id === id ? result.data : i)));
    else fail(result.error);
  }

  async function getCopy(password: string) {
    setBusy(true);
    setError(null);
    const result = await privacyApi.copy(password);
    setBusy(false);
    if (result.ok) setCopy(result.data);
    else fail(result.error);
  }

  const notice = submitted ? tRights.submitted : '';
  return { items, error, notice, busy, copy, setCopy, load, file, cancel, getCopy };
}
