import type { RequestStatus } from '../contract/requests';

/** How the server words a status in notices (the mini-program has its own catalog for pages). */
export const STATUS_TEXT: Record<RequestStatus, string> = {
  draft: '草稿',
  submitted: '已提交，等待受理',
  accepted: '已受理',
  supplement_requested: '需要补正材料',
  resubmitted: '已补正，等待审核',
  approved: '已办结（准予）',
  rejected: '不予批准',
  delivered: '已送达',
  closed: '已归档',
  withdrawn: '已撤回',
};
