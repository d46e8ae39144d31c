import { isDuplicateKey } from '../../../../../cloudfunctions/lib/infra/duplicate-key';

const TEXT = 'document.add:fail -502001 E11000 duplicate key error collection: messages dup key: { _id: "m1" }';

describe('isDuplicateKey (the one test for the SDK duplicate-key error)', () => {
  it('knows the database wrappers’ Error{errCode, errMsg} (errMsg === message)', () => {
    const error = Object.assign(new Error(TEXT), { errCode: -502001, errMsg: TEXT });
    expect(isDuplicateKey(error)).toBe(true);
  });

  it('knows a TcbError-like object that carries the text in errMsg only', () => {
    // Not an Error instance: the old infra copy read String(error) = "[object Object]" and missed it.
    expect(isDuplicateKey({ code: 'DATABASE_REQUEST_FAILED', errCode: -1, errMsg: TEXT })).toBe(true);
  });

  it('knows the bare text', () => {
    expect(isDuplicateKey(TEXT)).toBe(true);
  });

  it('is false for other failures and non-errors', () => {
    expect(isDuplicateKey(new Error('document.update:fail -501001 resource system error'))).toBe(false);
    expect(isDuplicateKey({ errMsg: 'DATABASE_TRANSACTION_CONFLICT' })).toBe(false);
    expect(isDuplicateKey(undefined)).toBe(false);
    expect(isDuplicateKey(null)).toBe(false);
  });
});
