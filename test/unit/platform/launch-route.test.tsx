import { ROUTES } from '../../../src/platform/navigation';
import { afterFirstPaint, openFirst } from '../../../src/platform/launch-route';

describe('openFirst', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  describe('when the app starts on its entry page', () => {
    it.each(['', '#/', `#${ROUTES.home}`])('opens the given page in its place (hash "%s")', (hash) => {
      window.history.replaceState(null, '', `/${hash}`);
      const before = window.history.length;
      openFirst(ROUTES.agreement);
      expect(window.location.hash).toBe(`#${ROUTES.agreement}`);
      expect(window.history.length).toBe(before);
    });
  });

  describe('when the app starts from a deep link', () => {
    it('leaves the link alone', () => {
      window.history.replaceState(null, '', `/#${ROUTES.policy}?id=sdk-list`);
      openFirst(ROUTES.agreement);
      expect(window.location.hash).toBe(`#${ROUTES.policy}?id=sdk-list`);
    });
  });
});

describe('afterFirstPaint', () => {
  it('runs the work after the next frame, not before', async () => {
    const work = jest.fn();
    afterFirstPaint(work);
    await new Promise((r) => setTimeout(r, 0));
    expect(work).not.toHaveBeenCalled();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', async () => {
    const work = jest.fn();
    afterFirstPaint(work)();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    expect(work).not.toHaveBeenCalled();
  });
});
