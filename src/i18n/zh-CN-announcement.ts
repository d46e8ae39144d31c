/** The home banner of maintenance and service-change announcements (main package: guests see it). */
export const zhCNAnnouncement = {
  types: { maintenance: '系统维护公告', 'service-change': '服务变更公告' },
  active: '进行中',
  upcoming: '即将开始',
  period: (from: string, to: string) => `${from} 至 ${to}`,
};
