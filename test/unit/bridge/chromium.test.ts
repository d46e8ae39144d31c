import { chromiumArgs, playwrightDisabledFeatures } from '../../../bridge/chromium';

describe('the bridge Chromium switches', () => {
  it("read Playwright's own disabled features from the installed playwright-core", () => {
    const features = playwrightDisabledFeatures();
    expect(features).toEqual(expect.arrayContaining(['PaintHolding', 'MediaRouter', 'ThirdPartyStoragePartitioning']));
    expect(features.every((feature) => /^[A-Za-z0-9_]+$/.test(feature))).toBe(true);
  });

  it('give one --disable-features switch (Chromium keeps only the last) with Playwright’s, the omnibox popups and the spare renderer', () => {
    const switches = chromiumArgs().filter((arg) => arg.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    const disabled = (switches[0] ?? '').slice('--disable-features='.length).split(',');
    expect(disabled).toEqual(
      expect.arrayContaining([
        ...playwrightDisabledFeatures(),
        'WebUIOmniboxPopup',
        'WebUIOmniboxAimPopup',
        'SpareRendererForSitePerProcess',
      ]),
    );
    expect(new Set(disabled).size).toBe(disabled.length);
  });

  it('run software compositing in the browser process, and never ask for a GPU', () => {
    expect(chromiumArgs()).toEqual(expect.arrayContaining(['--disable-gpu', '--in-process-gpu']));
  });
});
