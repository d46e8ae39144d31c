import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { CURRENT_POLICIES } from '../../../policies/generated';
import { cloudFunction } from './cloud-functions';
import { tap, type } from './interact';
import { COLD_FUNCTION_MS, elementOf, onPage, until } from './wait';

const REGISTER = 'packages/account/pages/register/index';
const SIGN_IN = 'packages/account/pages/sign-in/index';
const PROFILE = 'packages/account/pages/profile/index';

/** A Macao resident with a residence permit, as the stories register them. */
export interface Person {
  accountName: string;
  password: string;
  realName: string;
  /** A residence permit number (its check digit valid). */
  document: string;
  /** A Macao (+853) mobile number. */
  mobile: string;
}

export const PERSON: Person = {
  accountName: 'chan_tai_man',
  password: 'Hengqin-2026',
  realName: '陈大文',
  document: '820000200002290021',
  mobile: '66123456',
};

/** The account function's register input for `person`, agreeing to the build's policies (in force until one is published). */
export function registration(person: Person) {
  return {
    accountName: person.accountName,
    password: person.password,
    realName: person.realName,
    mobile: { countryCode: '+853', number: person.mobile },
    document: { type: 'residence-permit', number: person.document },
    consent: (['user-agreement', 'privacy-policy'] as const).map((id) => ({
      id,
      version: CURRENT_POLICIES[id].version,
      sha256: CURRENT_POLICIES[id].sha256,
    })),
    documentConsent: true,
  };
}

/** Registers `person` as the app does, through the account function (no screen). */
export async function registerByCall(miniProgram: MiniProgram, person: Person = PERSON): Promise<void> {
  const registered = await cloudFunction(miniProgram, 'account').call('register', registration(person));
  if (!registered.ok) throw new Error(`register: ${registered.error.code}`);
}

/** Registers `person` through the form and waits for the profile (hashing and the consent ledger: a cold function). */
export async function registerInForm(miniProgram: MiniProgram, person: Person = PERSON): Promise<Page> {
  await miniProgram.navigateTo(`/${REGISTER}`);
  const page = await onPage(miniProgram, REGISTER);
  await type(page, 'input.register__account-name', person.accountName);
  await type(page, 'input.register__password', person.password);
  await until('every password rule to pass', async () => (await page.$$('.password-rules__rule--passed')).length === 4);
  await type(page, 'input.register__confirm', person.password);
  await type(page, 'input.register__real-name', person.realName);
  await tap(page, '.register__doc-type--residence-permit');
  await type(page, 'input.register__doc-number', person.document);
  await tap(page, '.register__country--853');
  await type(page, 'input.register__mobile', person.mobile);
  await tap(page, '.register__agree');
  await tap(page, '.register__document-consent');
  await tap(page, 'button.register__submit');
  const profile = await onPage(miniProgram, PROFILE, COLD_FUNCTION_MS);
  await elementOf(profile, 'button.profile__sign-out', COLD_FUNCTION_MS);
  return profile;
}

/** On the sign-in page: signs `person` in with `password` (theirs unless given) and submits. */
export async function signIn(
  miniProgram: MiniProgram,
  person: Person = PERSON,
  password = person.password,
): Promise<Page> {
  const page = await onPage(miniProgram, SIGN_IN);
  await type(page, 'input.sign-in__account-name', person.accountName);
  await type(page, 'input.sign-in__password', password);
  await tap(page, 'button.sign-in__submit');
  return page;
}
