/**
 * npm run staff -- verify-audit --as <admin openid> [--env <env>]
 *
 * Checks the audit chain through the privacy function (privacy.verifyAudit) as an admin: the seal
 * key stays in the functions' environment, and the check is itself audited. Exit 0 when intact,
 * 4 when an entry was edited, removed or not sealed by the server (the first such seq is printed).
 */
import type { VerifyAuditOutput } from '../../cloudfunctions/lib/contract/audit';
import type { Result } from '../../cloudfunctions/lib/contract/result';

export type CallPrivacy = (action: 'verifyAudit', input: unknown) => Promise<Result<VerifyAuditOutput>>;

export const VERIFY_AUDIT_USAGE = 'usage: npm run staff -- verify-audit --as <admin openid> [--env <env id>]';

/** As with publish: WeChat cloud gives an API-key caller no WeChat identity, so there is no admin role to check. */
export const VERIFY_AUDIT_IN_CLOUD =
  "verify from an admin's own WeChat identity: wx.cloud.callFunction({ name: 'privacy', data: { action: 'verifyAudit' } })";

export async function runVerifyAudit(call: CallPrivacy, out: { write(text: string): unknown }): Promise<number> {
  const result = await call('verifyAudit', {});
  if (!result.ok) {
    out.write(`verify-audit refused: ${result.error.code} ${result.error.message}\n`);
    return 1;
  }
  const { intact, length, firstBrokenSeq, problems } = result.data;
  if (intact) {
    out.write(`audit chain intact: ${length} entries\n`);
    return 0;
  }
  out.write(`audit chain BROKEN at seq ${firstBrokenSeq} (${length} entries)\n`);
  for (const problem of problems) out.write(`  seq ${problem.seq}: ${problem.kind}\n`);
  return 4;
}

/** The command: refused without an admin identity, or against WeChat cloud; exits with runVerifyAudit's code. */
export async function verifyAuditCommand(openid: string | undefined, callAs: (openid: string) => CallPrivacy) {
  if (!openid || process.env.QYB_STAFF_TARGET === 'cloud') {
    console.error(openid ? VERIFY_AUDIT_IN_CLOUD : VERIFY_AUDIT_USAGE);
    process.exit(2);
  }
  process.exit(await runVerifyAudit(callAs(openid), process.stdout));
}
