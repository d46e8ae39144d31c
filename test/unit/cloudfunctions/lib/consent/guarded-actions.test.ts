import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsentGuardDeps } from '../../../../../cloudfunctions/lib/consent/consent-guard';
import { guardedActions } from '../../../../../cloudfunctions/lib/consent/guarded-actions';
import type { ChainHead, SubjectState } from '../../../../../cloudfunctions/lib/consent/ledger-entry';
import { sensitivePurposesOf } from '../../../../../cloudfunctions/lib/consent/processing-categories';
import { PROCESSING_CATALOG, type ProcessingRule } from '../../../../../cloudfunctions/lib/consent/processing-catalog';
import { SENSITIVE_PURPOSES, type SensitivePurpose } from '../../../../../cloudfunctions/lib/contract/consent';
import { FUNCTIONS, FUNCTION_NAMES, type FunctionName } from '../../../../../cloudfunctions/lib/contract/functions';
import { AppError } from '../../../../../cloudfunctions/lib/errors/app-error';
import type { Action } from '../../../../../cloudfunctions/lib/handler/create-handler';
import { AGREEMENT_V1, AGREEMENT_V2, POLICY_V2, catalog, ctx } from './fixtures';

const decision = (doc: { version: string; sha256: string }, action: 'grant' | 'withdraw' = 'grant'): SubjectState => ({
  action,
  version: doc.version,
  sha256: doc.sha256,
  at: '2026-11-29T04:00:00.000Z',
  seq: 1,
});

/** A head whose state has the launch documents as given and the listed separate consents. */
function head(agreement: SubjectState | undefined, sensitive: readonly SensitivePurpose[] = []): ChainHead {
  const documents = agreement ? { 'user-agreement': agreement, 'privacy-policy': decision(POLICY_V2) } : {};
  return {
    seq: 1,
    hash: 'f'.repeat(64),
    updatedAt: '2026-11-29T04:00:00.000Z',
    state: { documents, sensitive: Object.fromEntries(sensitive.map((p) => [p, decision(POLICY_V2)])) },
  };
}

const deps = (current: () => ChainHead | null): ConsentGuardDeps => ({
  ledger: { readHead: async () => current() },
  catalog: async () => catalog,
});

/** Every action of a function, as the contract names them, each a spy that says it ran. */
function spies(fn: FunctionName) {
  const ran: string[] = [];
  const table: Record<string, Action> = Object.fromEntries(
    Object.values(FUNCTIONS[fn]).map((name) => [name, async () => ran.push(name)]),
  );
  return { ran, table };
}

async function codeOf(fn: FunctionName, action: string, current: () => ChainHead | null): Promise<string> {
  const { table } = spies(fn);
  try {
    await (guardedActions(fn, deps(current), table)[action] as Action)({}, ctx);
    return 'OK';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const EVERY_ACTION = FUNCTION_NAMES.flatMap((fn) =>
  Object.values(FUNCTIONS[fn]).map((action) => {
    const rule = (PROCESSING_CATALOG[fn] as Record<string, ProcessingRule>)[action];
    if (!rule) throw new Error(`${fn}.${action} has no entry in the processing catalog`);
    return { fn, action, rule, label: `${fn}.${action} [${rule.basis}: ${rule.categories.join(', ') || '—'}]` };
  }),
);

describe('the processing catalog', () => {
  it.each(FUNCTION_NAMES)('lists exactly the actions of %s, no more, no fewer', (fn) => {
    expect(Object.keys(PROCESSING_CATALOG[fn]).sort()).toEqual(Object.values(FUNCTIONS[fn]).sort());
  });

  it.each(FUNCTION_NAMES)('%s/index.ts builds its action table through guardedActions', (fn) => {
    const source = readFileSync(join(__dirname, '../../../../../cloudfunctions', fn, 'index.ts'), 'utf8');
    expect(source).toContain(`createHandler(\n  guardedActions('${fn}', createConsentGuardDeps(), {`);
  });

  it('refuses to load a function with an action it does not list, or without one it lists', () => {
    const { table } = spies('feedback');
    const none = deps(() => null);
    expect(() => guardedActions('feedback', none, { ...table, exportAll: async () => 1 })).toThrow(
      /unlisted: exportAll/,
    );
    const { submit: _dropped, ...rest } = table;
    expect(() => guardedActions('feedback', none, rest)).toThrow(/missing: submit/);
  });
});

describe('the guard in front of every action', () => {
  it.each(EVERY_ACTION)('$label: without consent', async ({ fn, action, rule }) => {
    const { ran, table } = spies(fn);
    const run = guardedActions(
      fn,
      deps(() => null),
      table,
    )[action] as Action;
    if (rule.basis === 'exempt') {
      expect(rule.reason.length).toBeGreaterThan(20);
      await run({}, ctx);
      expect(ran).toEqual([action]);
    } else {
      await expect(run({}, ctx)).rejects.toMatchObject({ code: 'CONSENT.REQUIRED' });
      expect(ran).toEqual([]);
    }
  });

  it.each(EVERY_ACTION.filter((a) => a.rule.basis !== 'exempt'))(
    '$label: launch documents withdrawn or outdated',
    async ({ fn, action }) => {
      expect(await codeOf(fn, action, () => head(decision(AGREEMENT_V2, 'withdraw'), SENSITIVE_PURPOSES))).toBe(
        'CONSENT.REQUIRED',
      );
      // Agreed to v1; v2 (in force) asks everyone again.
      expect(await codeOf(fn, action, () => head(decision(AGREEMENT_V1), SENSITIVE_PURPOSES))).toBe('CONSENT.REQUIRED');
    },
  );

  it.each(EVERY_ACTION)('$label: runs with every consent on record', async ({ fn, action }) => {
    expect(await codeOf(fn, action, () => head(decision(AGREEMENT_V2), SENSITIVE_PURPOSES))).toBe('OK');
  });

  it.each(EVERY_ACTION.filter((a) => sensitivePurposesOf(a.rule.categories).length > 0))(
    '$label: each separate consent it needs',
    async ({ fn, action, rule }) => {
      for (const purpose of sensitivePurposesOf(rule.categories)) {
        const others = SENSITIVE_PURPOSES.filter((p) => p !== purpose);
        const code = await codeOf(fn, action, () => head(decision(AGREEMENT_V2), others));
        // Staff process others' information under the bureau's duty: no separate consent of their own.
        expect(code).toBe(rule.basis === 'consent' ? 'CONSENT.SENSITIVE_REQUIRED' : 'OK');
      }
    },
  );
});

describe('what the person is told', () => {
  it('names the purpose in Chinese; face verification asks for the face consent first', async () => {
    const { table } = spies('account');
    const run = guardedActions(
      'account',
      deps(() => head(decision(AGREEMENT_V2))),
      table,
    ).startFaceVerification as Action;
    await expect(run({}, ctx)).rejects.toMatchObject({
      code: 'CONSENT.SENSITIVE_REQUIRED',
      message: expect.stringContaining('人脸信息'),
    });
  });

  it('reads the ledger on every call: a withdrawal between two calls refuses the second', async () => {
    let current: ChainHead | null = head(decision(AGREEMENT_V2), SENSITIVE_PURPOSES);
    const { ran, table } = spies('files');
    const run = guardedActions(
      'files',
      deps(() => current),
      table,
    ).prepareUpload as Action;
    await run({}, ctx);
    current = head(decision(AGREEMENT_V2, 'withdraw'));
    await expect(run({}, ctx)).rejects.toMatchObject({ code: 'CONSENT.REQUIRED' });
    expect(ran).toEqual(['prepareUpload']);
  });
});
