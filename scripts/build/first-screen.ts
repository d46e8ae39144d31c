/**
 * Prints, as JSON, what the H5 page template carries for the agreement's first screen
 * (src/features/consent/first-screen-html.ts): the markup, and the plain elements' own styles.
 * config/index.ts runs it while Taro loads the config: Taro compiles only config/'s own files then,
 * not the app's TypeScript this reads. `--with-fixtures`: the e2e build's launch documents.
 */
import { resolve } from 'node:path';
import { BUTTON_CSS, SCROLL_VIEW_CSS, TEXT_CSS, VIEW_CSS } from '../../config/h5/components/css';
import { firstScreenMarkup, type LaunchSet } from '../../src/features/consent/first-screen-html';

async function main(): Promise<void> {
  const fixtures = process.argv.includes('--with-fixtures');
  const current = fixtures
    ? (
        (await import(resolve(__dirname, '../../test/fixtures/policies/generated/launch'))) as {
          CURRENT_LAUNCH_POLICIES: LaunchSet;
        }
      ).CURRENT_LAUNCH_POLICIES
    : undefined;
  process.stdout.write(
    JSON.stringify({
      // With Taro's base rule for the body (@tarojs/components' taro-components.css, injected by app.js
      // as it runs): the copy has the page's line height even where it paints before the scripts.
      elementStyles: ['body{line-height:1.6}', VIEW_CSS, TEXT_CSS, SCROLL_VIEW_CSS, BUTTON_CSS].join(''),
      markup: firstScreenMarkup('/css/agreement.css', current),
    }),
  );
}

void main();
