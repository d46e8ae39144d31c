import { PAGES } from './support/routes';
import { checkScreen } from './support/screen-checks';
import { story } from './support/story';
import { TOP_PAGE } from './support/top-page';
import { onPage } from './support/wait';

/**
 * Cut-off text planted on the first screen, each kind once, beside the same text where it is
 * allowed (an ellipsis says it goes on): the checks must name the first and pass the second.
 */
const PLANT = `function () {
  const long = 'Introduza a palavra-passe para confirmar a identidade antes de enviar';
  const box = document.createElement('div');
  box.className = 'planted';
  box.innerHTML =
    '<input class="planted-input" style="width: 120px; font-size: 16px" placeholder="' + long + '">' +
    '<textarea class="planted-textarea" rows="2" style="width: 120px; font-size: 16px" placeholder="' + long + '"></textarea>' +
    '<div class="planted-clip" style="width: 120px; overflow: hidden; white-space: nowrap">' + long + '</div>' +
    '<div class="planted-ellipsis" style="width: 120px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">' + long + '</div>';
  ${TOP_PAGE}.prepend(box);
  const wide = document.createElement('div');
  wide.className = 'planted-wide';
  wide.style.cssText = 'width: 600px; height: 10px';
  document.body.append(wide);
}`;

describe('the screen checks', () => {
  story(
    'find a placeholder longer than its field, text a box cuts off and a page wider than the screen',
    async (miniProgram) => {
      await onPage(miniProgram, PAGES.agreement);
      await miniProgram.evaluate(PLANT);

      const findings = (await checkScreen(miniProgram, 'planted', false)).filter((f) =>
        /^planted: (text cut off|page|placeholder)/.test(f),
      );

      expect(findings).toEqual([
        expect.stringMatching(/^planted: text cut off by planted-clip \(\d+ px in 120\): planted-clip$/),
        expect.stringMatching(/^planted: page \d+ px wide in 390: /),
        expect.stringMatching(/^planted: placeholder \d+ px wide in \d+: "Introduza a palavra-pass" in planted-input$/),
        expect.stringMatching(
          /^planted: placeholder of \d+ lines in \d+: "Introduza a palavra-pass" in planted-textarea$/,
        ),
      ]);
    },
  );
});
