/**
 * npm run staff -- oidc-client add --name <name> --redirect-uri <uri> [--redirect-uri <uri> …]
 *                                  --terms-url <https url> --privacy-url <https url>
 *                                  --scopes <openid,profile,…> [--sector <id>] [--no-refresh]
 *                                  [--mini-program-appid <wx…> …] [--logo <png/jpeg file>] --as <admin openid>
 * npm run staff -- oidc-client logo --client <client id> --file <png/jpeg file> --as <admin openid>
 * npm run staff -- oidc-client list --as <admin openid>
 * npm run staff -- oidc-client disable --client <client id> --as <admin openid>
 *
 * Registers the services that sign people in with the 琴易办 account, through the oidc function
 * as an admin (the role is checked and each change audited there). The client secret is printed
 * once and stored only as a digest: give it to the service over a channel you trust. A logo is
 * uploaded into our own storage through the files function (purpose `service-logo`, ≤ 200 KB),
 * as on the staff screen: the consent page never loads it from the service's server.
 */
import type { Result } from '../../cloudfunctions/lib/contract/result';
import { uploadLogo, type LogoPort } from './logo-upload';

export type CallOidc = <T>(action: string, input: unknown) => Promise<Result<T>>;

export const OIDC_CLIENT_USAGE = [
  'usage: npm run staff -- oidc-client add --name <name> --redirect-uri <uri> [--redirect-uri <uri>] \\',
  '         --terms-url <https url> --privacy-url <https url> --scopes openid,profile,phone,real_name,enterprise \\',
  '         [--sector <id>] [--no-refresh] [--mini-program-appid <wx…>] [--logo <png/jpeg file, ≤ 200 KB>] \\',
  '         --as <admin openid> [--env <env>]',
  '       npm run staff -- oidc-client logo --client <client id> --file <png/jpeg file, ≤ 200 KB> --as <admin openid>',
  '       npm run staff -- oidc-client list --as <admin openid>',
  '       npm run staff -- oidc-client disable --client <client id> --as <admin openid>',
].join('\n');

/** Every value of a repeatable option, in order. */
function all(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (a === `--${name}` && args[i + 1] !== undefined ? [args[i + 1] as string] : []));
}

function one(args: string[], name: string): string | undefined {
  return all(args, name)[0];
}

/** The command's work; returns the exit code (0 done, 1 refused, 2 usage). */
export async function runOidcClient(
  call: CallOidc,
  args: string[],
  out: (line: string) => void,
  logos?: LogoPort,
): Promise<number> {
  const [sub, ...rest] = args;
  const logoFile = one(rest, sub === 'logo' ? 'file' : 'logo');
  if ((logoFile !== undefined && !logos) || (sub === 'logo' && (!logoFile || !one(rest, 'client')))) return usage(out);
  const logo = logoFile !== undefined && logos ? await uploadLogo(logos, logoFile) : undefined;
  if (logo && !logo.ok) return refused(out, logo);
  if (sub === 'add') {
    const input = {
      name: one(rest, 'name'),
      redirectUris: all(rest, 'redirect-uri'),
      termsUrl: one(rest, 'terms-url'),
      privacyUrl: one(rest, 'privacy-url'),
      scopes: (one(rest, 'scopes') ?? '').split(/[\s,]+/).filter((s) => s.length > 0),
      ...(one(rest, 'sector') ? { sectorId: one(rest, 'sector') } : {}),
      ...(rest.includes('--no-refresh') ? { refresh: false } : {}),
      ...(all(rest, 'mini-program-appid').length > 0 ? { miniProgramAppIds: all(rest, 'mini-program-appid') } : {}),
      ...(logo?.ok ? { logoUploadId: logo.data.uploadId } : {}),
    };
    const added = await call<{ clientId: string; clientSecret: string }>('clientAdd', input);
    if (!added.ok) return refused(out, added);
    out(`client_id:     ${added.data.clientId}`);
    out(`client_secret: ${added.data.clientSecret}`);
    out('The secret is shown this once and kept only as a digest: store it with the service now.');
    return 0;
  }
  if (sub === 'list') {
    const listed = await call<{
      items: { clientId: string; name: string; scopes: string[]; disabledAt: string | null }[];
    }>('clientList', {});
    if (!listed.ok) return refused(out, listed);
    for (const c of listed.data.items)
      out(`${c.clientId}\t${c.name}\t${c.scopes.join(' ')}\t${c.disabledAt ? `disabled ${c.disabledAt}` : 'active'}`);
    return 0;
  }
  if (sub === 'disable' && one(rest, 'client')) {
    const disabled = await call('clientDisable', { clientId: one(rest, 'client') });
    if (!disabled.ok) return refused(out, disabled);
    out(`${one(rest, 'client')} disabled: it can no longer sign anyone in, and its tokens stop working.`);
    return 0;
  }
  if (sub === 'logo' && logo?.ok) {
    const set = await call('clientSetLogo', { clientId: one(rest, 'client'), logoUploadId: logo.data.uploadId });
    if (!set.ok) return refused(out, set);
    out(`${one(rest, 'client')} logo set: the consent page and the privacy center show it from our storage.`);
    return 0;
  }
  return usage(out);
}

function usage(out: (line: string) => void): number {
  out(OIDC_CLIENT_USAGE);
  return 2;
}

function refused(out: (line: string) => void, result: Extract<Result<unknown>, { ok: false }>): number {
  out(`refused: ${result.error.code} ${result.error.message}`);
  return 1;
}

/** The command: local cloud only, as an admin's WeChat identity; exits with runOidcClient's code. */
export async function oidcClientCommand(
  args: string[],
  openid: string | undefined,
  callAs: (openid: string) => CallOidc,
  logosAs: (openid: string) => LogoPort,
): Promise<never> {
  if (!openid || process.env.QYB_STAFF_TARGET === 'cloud') {
    // As with publish: an API-key call to WeChat cloud has no WeChat identity to check the admin role on.
    console.error(
      openid
        ? 'oidc-client runs against the local cloud; in WeChat cloud call oidc.clientAdd as an admin'
        : OIDC_CLIENT_USAGE,
    );
    process.exit(2);
  }
  process.exit(await runOidcClient(callAs(openid), args, console.log, logosAs(openid)));
}
