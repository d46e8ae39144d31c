import { requireBuilt } from '../../support/require-build';

describe('requireBuilt (the one rule for build-dependent tests)', () => {
  it('fails naming the missing build and the command that makes it', () => {
    expect(() => requireBuilt(['dist/no-such-build/app.json'], 'npm run build:nothing')).toThrow(
      'dist/no-such-build/app.json is missing: run npm run build:nothing first',
    );
  });

  it('answers the absolute path of the first alternative that exists', () => {
    expect(requireBuilt(['dist/no-such-build', 'package.json'], 'npm install')).toMatch(/\/package\.json$/);
  });
});
