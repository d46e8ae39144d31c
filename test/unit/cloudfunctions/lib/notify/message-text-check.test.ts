import { noticeContent } from '../../../../../cloudfunctions/lib/contract/notices/notice-text';
import { messageRepository } from '../../../../../cloudfunctions/lib/notify/message.repository';
import type { NotifyDb } from '../../../../../cloudfunctions/lib/notify/notify-db';
import type { MessageRecord } from '../../../../../cloudfunctions/lib/notify/notify.records';

/** Just enough of the database for `add`: what was written. */
function recordingDb() {
  const written: unknown[] = [];
  const db = {
    command: {},
    collection: () => ({
      add: async ({ data }: { data: unknown }) => {
        written.push(...(Array.isArray(data) ? data : [data]));
        return { _id: 'x' };
      },
    }),
  } as unknown as NotifyDb;
  return { db, written };
}

const message = (text: MessageRecord['text']): MessageRecord => ({
  _id: 'm1',
  accountId: 'a1',
  kind: 'security.password-changed',
  title: '密码已修改',
  body: '…',
  text,
  page: null,
  fields: null,
  createdAt: 1,
  readAt: null,
});

describe('messageRepository: the notice text a message stores', () => {
  it('stores a key and parameters the contract accepts, and a message without any', async () => {
    const { db, written } = recordingDb();
    const repo = messageRepository(db);
    await repo.insert(message(noticeContent('account.closed', { reason: '冒用证件' }).text));
    await repo.insertMany([message(null), message(undefined)]);
    expect(written).toHaveLength(3);
  });

  it.each([
    ['a key that is not one', { key: 'Not A Key', params: {} }],
    ['a parameter name that is not one', { key: 'account.closed', params: { 'bad name': 'x' } }],
    ['a parameter that is not text', { key: 'account.closed', params: { reason: 42 } }],
    ['more than the contract allows', { key: 'account.closed', params: {}, extra: true }],
  ])('refuses %s before anything is written', async (_, text) => {
    const { db, written } = recordingDb();
    const repo = messageRepository(db);
    await expect(repo.insert(message(text as unknown as MessageRecord['text']))).rejects.toThrow();
    await expect(repo.insertMany([message(text as unknown as MessageRecord['text'])])).rejects.toThrow();
    expect(written).toEqual([]);
  });
});
