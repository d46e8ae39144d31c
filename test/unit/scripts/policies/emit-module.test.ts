import type { BuiltPolicy } from '../../../../scripts/policies/build-policies';
import { ANCHOR_PREFIX } from '../../../../scripts/policies/build-policies';
import { currentVersions, emitLaunchModule, emitPolicyModule } from '../../../../scripts/policies/emit-module';
import { parsePolicyMarkdown } from '../../../../scripts/policies/parse-policy';

function built(id: BuiltPolicy['id'], version: string, effectiveDate = version): BuiltPolicy {
  const text = `# ${id} ${version}\n\n**甲**乙`;
  return {
    id,
    title: id,
    version,
    effectiveDate,
    sha256: '0'.repeat(64),
    changeSummary: 'x',
    reconsentRequired: false,
    ...parsePolicyMarkdown(text, ANCHOR_PREFIX[id]),
    text,
  };
}

const base = [
  built('user-agreement', '2021-11-15'),
  built('privacy-policy', '2021-11-15'),
  built('sdk-list', '2021-11-15'),
];

describe('currentVersions', () => {
  it('picks the latest version whose effective date has come', () => {
    const docs = [...base, built('user-agreement', '2026-12-01'), built('user-agreement', '2026-06-01')];
    expect(currentVersions(docs, '2026-11-29').get('user-agreement')?.version).toBe('2026-06-01');
    expect(currentVersions(docs, '2026-12-01').get('user-agreement')?.version).toBe('2026-12-01');
  });

  it('fails when a document has no version in force', () => {
    expect(() => currentVersions(base.slice(1), '2026-11-29')).toThrow('user-agreement');
  });
});

describe('emitPolicyModule', () => {
  it('emits every version and points CURRENT_POLICIES at the one in force', () => {
    const source = emitPolicyModule([...base, built('user-agreement', '2030-01-01')], '2026-11-29');
    expect(source).toContain('"version":"2030-01-01"');
    const index = [...base, built('user-agreement', '2030-01-01')]
      .sort((a, b) => a.id.localeCompare(b.id) || a.effectiveDate.localeCompare(b.effectiveDate))
      .findIndex((d) => d.id === 'user-agreement' && d.version === '2021-11-15');
    expect(source).toContain(`'user-agreement': POLICY_DOCUMENTS[${index}]!`);
  });

  it('ships the blocks compact: one string per block, no Markdown source', () => {
    const source = emitPolicyModule(base, '2026-11-29');
    expect(source).toContain('"lines":["1user-agreement 2021-11-15","p**甲**乙"]');
    expect(source).not.toContain('"kind"');
    expect(source).not.toContain('# user-agreement');
  });

  it('stops when the compact form would not give back the parsed blocks', () => {
    const odd = { ...built('sdk-list', '2021-11-15'), toc: [{ anchor: 'elsewhere', text: 'x' }] };
    expect(() => emitPolicyModule([...base.slice(0, 2), odd], '2026-11-29')).toThrow('sdk-list@2021-11-15');
  });
});

describe('emitLaunchModule', () => {
  it('carries the launch documents alone, every version, and points at the one in force', () => {
    const docs = [...base, built('user-agreement', '2030-01-01')];
    const source = emitLaunchModule(docs, '2026-11-29');
    expect(source).toContain('"id":"privacy-policy"');
    expect(source).toContain('"version":"2030-01-01"');
    expect(source).not.toContain('"id":"sdk-list"');
    // Sorted by id, then date: privacy-policy, user-agreement 2021, user-agreement 2030.
    expect(source).toContain(`'user-agreement': LAUNCH_DOCUMENTS[1]!`);
    expect(source).toContain(`'privacy-policy': LAUNCH_DOCUMENTS[0]!`);
  });
});
