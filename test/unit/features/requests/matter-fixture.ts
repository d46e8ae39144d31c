import type { MatterView } from '../../../../cloudfunctions/lib/contract/requests';

/** A matter with one field of every kind the form renders, and a required photo material. */
export const MATTER: MatterView = {
  code: 'TEST-PERMIT',
  name: '测试事项',
  category: 'certificate',
  department: '商事登记处',
  description: '用于测试的事项',
  applicants: ['person', 'agent'],
  materials: [
    { code: 'photo', name: '现场照片', kinds: ['jpeg', 'png'], maxBytes: 5 << 20, required: true, maxFiles: 2 },
    { code: 'extra', name: '其他材料', kinds: ['pdf'], maxBytes: 5 << 20, required: false, maxFiles: 1 },
  ],
  fields: [
    { key: 'companyName', label: '企业名称', type: 'text', required: true, maxLength: 20 },
    { key: 'copies', label: '份数', type: 'number', required: true, min: 1, max: 10, unit: '份' },
    {
      key: 'purpose',
      label: '用途',
      type: 'select',
      required: true,
      options: [
        { value: 'bank', label: '银行开户' },
        { value: 'tender', label: '投标' },
      ],
    },
    { key: 'contactMobile', label: '联系人手机', type: 'mobile', required: false },
    { key: 'uscc', label: '统一社会信用代码', type: 'uscc', required: false },
    { key: 'note', label: '说明', type: 'textarea', required: false, maxLength: 200 },
  ],
  offlineDelivery: true,
  promisedWorkingDays: 5,
  enabled: true,
  version: 1,
  updatedAt: '2026-11-29T00:00:00.000Z',
};

/** The typed values of a complete form. */
export const FILLED = { companyName: '横琴测试有限公司', copies: '2', purpose: 'bank' };
