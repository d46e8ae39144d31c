import type { MatterTexts } from '../../cloudfunctions/lib/contract/matter-texts';

/**
 * The catalog in Traditional Chinese as Macao writes it (config/matters.ts merges it into the
 * seed). Started from OpenCC (scripts/i18n/macao-chinese.ts), then reviewed for Macao wording:
 * 手提電話, 身份證明文件, 營運; proper names of mainland systems keep their own wording
 * (國家企業信用信息公示系統).
 */
export const ZH_MO_MATTERS: Readonly<Record<string, MatterTexts>> = {
  'BIZ-CHANGE': {
    name: '企業變更登記',
    department: '商事服務局登記註冊處',
    description:
      '企業名稱、住所、法定代表人、註冊資本、經營範圍或股東發生變化的，自作出變更決議之日起30日內申請變更登記。',
    materials: {
      application: { name: '變更登記申請書' },
      resolution: { name: '股東會（股東）決議或決定' },
      'business-licence': { name: '營業執照正副本' },
      'premises-proof': { name: '新住所使用證明（變更住所時提交）' },
    },
    fields: {
      changeItem: {
        label: '變更事項',
        options: {
          name: '名稱',
          address: '住所',
          'legal-rep': '法定代表人',
          capital: '註冊資本',
          scope: '經營範圍',
          shareholders: '股東（投資人）',
        },
      },
      changeDetail: { label: '變更內容（變更前 → 變更後）' },
      resolutionDate: { label: '決議日期' },
      newCapital: { label: '變更後註冊資本', unit: '萬元' },
    },
  },
  'BRANCH-FILING': {
    name: '分支機構登記備案',
    department: '商事服務局登記註冊處',
    description: '企業在合作區設立分公司或其他分支機構的，向登記機關申請登記並備案負責人資料。',
    materials: {
      application: { name: '分支機構登記申請書' },
      appointment: { name: '負責人任職文件' },
      'premises-proof': { name: '經營場所使用證明' },
      'business-licence': { name: '營業執照正副本' },
    },
    fields: {
      branchName: { label: '分支機構名稱' },
      branchAddress: { label: '經營場所' },
      principalName: { label: '負責人姓名' },
      principalMobile: { label: '負責人手提電話' },
    },
  },
  'ANNUAL-REPORT-FIX': {
    name: '企業年度報告更正',
    department: '商事服務局登記註冊處',
    description: '已公示的年度報告內容有誤的，企業可申請更正；更正前後的內容同時公示。',
    materials: {
      statement: { name: '更正情況說明（加蓋公章）' },
      evidence: { name: '更正依據材料' },
    },
    fields: {
      reportYear: { label: '報告年度' },
      correction: { label: '更正內容' },
    },
  },
  'GOOD-STANDING': {
    name: '商事主體資格證明',
    department: '商事服務局綜合服務窗口',
    description: '為在合作區登記的商事主體出具存續狀態及登記事項證明，可用於銀行開戶、澳門特區政府部門及法院等。',
    materials: {
      'request-letter': { name: '出具證明申請函（加蓋公章）' },
    },
    fields: {
      purpose: {
        label: '證明用途',
        options: {
          bank: '銀行開戶或融資',
          'macao-gov': '澳門特區政府部門',
          court: '訴訟或仲裁',
          tender: '招投標',
          other: '其他',
        },
      },
      copies: { label: '份數', unit: '份' },
      note: { label: '其他說明' },
    },
  },
  'MACAO-SUBSIDY': {
    name: '澳資企業發展扶持資金申請',
    department: '商事服務局企業服務處',
    description: '澳門投資者持股25%以上、在合作區實質營運的企業，可按年度申請發展扶持資金。以當年申報指南為準。',
    materials: {
      application: { name: '扶持資金申請表（加蓋公章）' },
      'investor-identity': { name: '澳門投資者身份證明' },
      'audit-report': { name: '上一年度財務審計報告' },
      'tax-proof': { name: '納稅證明' },
    },
    fields: {
      macaoShare: { label: '澳門投資者持股比例', unit: '%' },
      revenue: { label: '上一年度營業收入', unit: '萬元' },
      employees: { label: '合作區內參保員工人數', unit: '人' },
      bankAccountName: { label: '收款帳戶名稱' },
    },
  },
  'TALENT-HOUSING': {
    name: '企業人才住房補貼申請',
    department: '商事服務局企業服務處',
    description: '合作區企業為引進的人才申請住房補貼，按半年度申報，經審核後撥付至企業帳戶。',
    materials: {
      roster: { name: '申報人才名冊（加蓋公章）' },
      contracts: { name: '勞動合同' },
      'social-security': { name: '社會保險繳納證明' },
    },
    fields: {
      talentCount: { label: '申報人數', unit: '人' },
      period: { label: '申報期', options: { '2026-h2': '2026年下半年', '2027-h1': '2027年上半年' } },
      contactPerson: { label: '企業聯絡人' },
      contactMobile: { label: '聯絡人手提電話' },
    },
  },
  'PREMISES-FILING': {
    name: '經營場所備案',
    department: '商事服務局登記註冊處',
    description: '企業在住所以外增設經營場所的，向登記機關辦理經營場所備案。',
    materials: {
      lease: { name: '租賃合同' },
      ownership: { name: '產權證明' },
      photos: { name: '場所照片（門頭及內部）' },
    },
    fields: {
      premisesAddress: { label: '經營場所地址' },
      area: { label: '使用面積', unit: '㎡' },
      usage: { label: '用途', options: { office: '辦公', retail: '零售', warehouse: '倉儲', factory: '生產' } },
      leaseEnd: { label: '租期屆滿日' },
    },
  },
  'SIMPLE-DEREG': {
    name: '簡易註銷登記',
    department: '商事服務局登記註冊處',
    description: '未發生債權債務或已清償完畢的企業，經國家企業信用信息公示系統公告20日期滿無異議後申請簡易註銷。',
    materials: {
      commitment: { name: '全體投資人承諾書' },
      'business-licence': { name: '營業執照正副本' },
    },
    fields: {
      announcementDate: { label: '公告開始日期' },
      reason: {
        label: '註銷原因',
        options: { dissolution: '決議解散', 'term-expired': '營業期限屆滿', other: '其他' },
      },
    },
  },
  'SEAL-FILING': {
    name: '印章刻製備案',
    department: '商事服務局綜合服務窗口',
    description: '新設立企業或需要新刻、補刻印章的企業，辦理印章刻製備案。',
    materials: {
      impressions: { name: '印章印模' },
      'business-licence': { name: '營業執照正副本' },
    },
    fields: {
      sealType: {
        label: '印章類型',
        options: {
          official: '公章',
          finance: '財務專用章',
          contract: '合同專用章',
          invoice: '發票專用章',
          'legal-rep': '法定代表人名章',
        },
      },
      sealMaker: { label: '刻製單位' },
    },
  },
  'SOLE-TRADER-REG': {
    name: '個體工商戶設立登記',
    department: '商事服務局登記註冊處',
    description: '內地居民和港澳居民可在合作區登記設立個體工商戶，由經營者本人申請。',
    materials: {
      identity: { name: '經營者身份證明文件' },
      'premises-proof': { name: '經營場所使用證明' },
    },
    fields: {
      shopName: { label: '個體工商戶名稱' },
      scope: { label: '經營範圍' },
      premisesAddress: { label: '經營場所' },
      capital: { label: '資金數額', unit: '萬元' },
    },
  },
  'ARCHIVE-COPY': {
    name: '企業登記檔案查詢複製',
    department: '商事服務局綜合服務窗口',
    description: '查詢、複製合作區企業的登記檔案中可公開的部分；企業本身的全部檔案由其經辦人申請。',
    materials: {
      identity: { name: '查詢人身份證明文件' },
    },
    fields: {
      targetUscc: { label: '被查詢企業統一社會信用代碼' },
      scope: { label: '查詢範圍', options: { public: '公開登記資料', full: '全部檔案（限本企業經辦人）' } },
      copies: { label: '份數', unit: '份' },
    },
  },
};
