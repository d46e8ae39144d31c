import { tap, textOf } from './support/interact';
import { PAGES } from './support/routes';
import { story } from './support/story';
import { elementOf, gone, onPage, until } from './support/wait';

describe('reading the agreement', () => {
  story('switches between the user agreement and the privacy policy', async (miniProgram) => {
    const page = await onPage(miniProgram, PAGES.agreement);
    const agreementTab = await elementOf(page, '.agreement__tab--user-agreement');
    const policyTab = await elementOf(page, '.agreement__tab--privacy-policy');
    expect(await agreementTab.attribute('class')).toContain('agreement__tab--active');

    await policyTab.tap();
    await until('the privacy policy tab to be active', async () =>
      (await policyTab.attribute('class')).includes('agreement__tab--active'),
    );
    expect(await agreementTab.attribute('class')).not.toContain('agreement__tab--active');
    expect(await textOf(page, '.agreement__document')).toContain('个人信息保护政策');

    await agreementTab.tap();
    await until('the user agreement tab to be active again', async () =>
      (await agreementTab.attribute('class')).includes('agreement__tab--active'),
    );
  });

  story('opens the table of contents and jumps to an entry', async (miniProgram) => {
    const page = await onPage(miniProgram, PAGES.agreement);
    expect(await page.$$('.policy-toc__item')).toHaveLength(0);

    await tap(page, '.agreement__toc-toggle');
    await elementOf(page, '.policy-toc__item');
    const entries = await page.$$('.policy-toc__item');
    const last = entries[entries.length - 1];
    const anchor = await last.attribute('data-anchor');
    const title = await last.text();
    expect(anchor).toBeTruthy();
    expect(title.length).toBeGreaterThan(0);

    await last.tap();
    await gone(page, '.policy-toc__item');
    const heading = await elementOf(page, `.agreement__document [id="${anchor}"]`);
    expect(await heading.text()).toBe(title);
    const document = await elementOf(page, '.agreement__document');
    const [box, size, target] = [await document.offset(), await document.size(), await heading.offset()];
    await until('the heading to be scrolled into view', async () => {
      const now = await heading.offset();
      return now.top >= box.top - 1 && now.top < box.top + size.height;
    });
    expect(target.left).toBeGreaterThanOrEqual(box.left);
  });
});
