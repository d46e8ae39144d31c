import type { Role } from '../account';

/**
 * Each role's name in the four languages: the staff desk shows them (src/i18n/*-staff-desk.ts) and a
 * notice's `roles` parameter reads with them (render-notice.ts). One list, so the two never differ.
 */
export interface NoticeRoleNames {
  names: Record<Role, string>;
  separator: string;
}

export const zhCNNoticeRoles: NoticeRoleNames = {
  names: {
    user: '用户',
    staff: '工作人员',
    admin: '管理员',
    reviewer: '审核人员',
    pusher: '推送人员',
    publisher: '协议发布人员',
  },
  separator: '、',
};

export const zhMONoticeRoles: NoticeRoleNames = {
  names: {
    user: '用戶',
    staff: '工作人員',
    admin: '管理員',
    reviewer: '審核人員',
    pusher: '推送人員',
    publisher: '協議發佈人員',
  },
  separator: '、',
};

export const enNoticeRoles: NoticeRoleNames = {
  names: {
    user: 'User',
    staff: 'Staff',
    admin: 'Administrator',
    reviewer: 'Reviewer',
    pusher: 'Push staff',
    publisher: 'Policy publisher',
  },
  separator: ', ',
};

export const ptPTNoticeRoles: NoticeRoleNames = {
  names: {
    user: 'Utilizador',
    staff: 'Funcionário',
    admin: 'Administrador',
    reviewer: 'Revisor',
    pusher: 'Pessoal de envio',
    publisher: 'Publicador de políticas',
  },
  separator: ', ',
};
