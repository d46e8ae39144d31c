import { writeStored } from './storage';

/**
 * Remembers on the device whether the signed-in account holds any role beyond `user`, so the home
 * page can show the staff entry without a cloud call. A hint only: every staff action is checked
 * by the cloud function against the account's roles.
 */
export function rememberStaff(roles: readonly string[] | undefined): void {
  writeStored(
    'account.staff',
    (roles ?? []).some((role) => role !== 'user'),
  );
}
