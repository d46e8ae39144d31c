/**
 * The privacy center's retention table headings (policy §6.2), in Simplified Chinese. Kept apart
 * from zh-CN.ts so they ship in the privacy subpackage only; the rows are config/retention.ts.
 */
export const zhCNRetention = {
  title: '我们保存多久',
  intro: '我们仅在为您提供服务期间保留您的信息；法律要求保存更久的，按法律规定的期限保存。到期的信息每天自动删除。',
  row: (what: string, autoDeleted: boolean) => `${what} · ${autoDeleted ? '到期自动删除' : '不自动删除'}`,
  period: (period: string, from: string) => `保存期限：${period}（起算：${from}）`,
  basis: (basis: string) => `依据：${basis}`,
};
