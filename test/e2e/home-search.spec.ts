import type Element from 'miniprogram-automator/out/Element';
import { tap, type } from './support/interact';
import { PAGES } from './support/routes';
import { story } from './support/story';
import { elementOf, onPage, until } from './support/wait';

const CATALOG = 'packages/services/pages/catalog/index';

describe('searching from home', () => {
  story('opens the catalog with the Chinese words as typed, and the matters they match', async (miniProgram) => {
    const agreement = await onPage(miniProgram, PAGES.agreement);
    await tap(agreement, '.agreement__tick');
    await tap(agreement, 'button.agreement__agree');
    const home = await onPage(miniProgram, PAGES.home);
    await type(home, 'input.search-field__input', '变更登记');
    await tap(home, '.search-field__go');

    // The words travel encoded in the page's path; the catalog reads them decoded, not as %E5%8F%98….
    const catalog = await onPage(miniProgram, CATALOG);
    expect(await (await elementOf(catalog, 'input.search-field__input')).property('value')).toBe('变更登记');
    const names = await until('the matching matters', async () => {
      const rows: Element[] = await catalog.$$('.catalog__matter-name');
      return rows.length > 0 ? Promise.all(rows.map((row) => row.text())) : null;
    });
    expect(names.some((name) => name.includes('变更登记'))).toBe(true);
  });
});
