import { CURRENT_POLICIES, type Block, type PolicyId } from '../../../policies/generated';

type Clause = Exclude<Block, { kind: 'heading' }>;

const clauses = (id: PolicyId): Clause[] =>
  CURRENT_POLICIES[id].blocks.filter((block): block is Clause => block.kind !== 'heading');

const plain = (clause: Clause) => clause.spans.map((span) => span.text).join('');
const boldText = (clause: Clause) =>
  clause.spans
    .filter((span) => span.bold)
    .map((span) => span.text)
    .join('');

function clauseStarting(id: PolicyId, start: string): Clause {
  const found = clauses(id).filter((clause) => plain(clause).startsWith(start));
  if (found.length !== 1) throw new Error(`${id}: ${found.length} clauses start with ${start}`);
  return found[0] as Clause;
}

/** The clause, or the named sentence of it, that the reader must see in bold. */
const emphasised: [PolicyId, string, string][] = [
  ['user-agreement', '3.1.2 ', '琴易办有权限制或停止向您提供部分或全部服务，您同时须承担因此引起的相应责任及后果。'],
  ['user-agreement', '3.2.6 ', '琴易办有权对上述账号永久封停、注销登记、收回等措施'],
  ['user-agreement', '5.3 ', '由第三方承担全部责任。'],
  ['user-agreement', '5.4 ', '亦不使琴易办因第三方责任而对您产生责任。'],
  ['user-agreement', '您通过本服务使用平台或第三方账号登录', '并自行承担相关损失、责任。'],
  ['user-agreement', '7.2', '琴易办和第三方之间对出现的纠纷在法律规定和约定的范围内各自承担责任。'],
  ['user-agreement', '9.3 ', '您可向琴易办进行的任何索赔均限于已经发生的直接损失。'],
  ['user-agreement', '您使用本服务即视为您已阅读并同意受本协议的约束', '即视为您已接受修改后的协议。'],
  ['user-agreement', '11.3', '珠海仲裁委员会'],
  ['user-agreement', '12.2 ', '由您自行承担相应责任。'],
  ['privacy-policy', '您使用我们的服务，即意味着', '您已经同意我们按照本个人信息保护政策收集'],
  ['privacy-policy', '2.1 ', '人脸生物信息、银行账户信息'],
  ['privacy-policy', '5.3.2. ', '您的信息有可能作为此类交易的一部分而被转移。'],
  ['privacy-policy', '8.4 ', '您的部分信息可能无法访问、修改和删除。'],
  ['privacy-policy', '我们可能适时修订', '即表示同意受经修订的本个人信息保护政策的约束。'],
];

describe('CURRENT_POLICIES', () => {
  describe('when a clause limits liability or the reader’s rights', () => {
    it.each(emphasised)('%s %p shows %p in bold', (id, start, sentence) => {
      expect(boldText(clauseStarting(id, start))).toContain(sentence);
    });
  });

  describe('when a clause only describes the service', () => {
    it.each([
      ['user-agreement', '1.1 '],
      ['user-agreement', '2.1 '],
      ['user-agreement', '11.1 '],
      ['privacy-policy', '6.1 '],
    ] as [PolicyId, string][])('%s %p stays plain, so bold keeps its meaning', (id, start) => {
      expect(boldText(clauseStarting(id, start))).toBe('');
    });
  });

  it('keeps the SDK list free of bold: it is information, not terms', () => {
    expect(clauses('sdk-list').every((clause) => boldText(clause) === '')).toBe(true);
  });
});
