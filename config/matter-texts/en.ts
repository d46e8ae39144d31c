import type { MatterTexts } from '../../cloudfunctions/lib/contract/matter-texts';

/** The catalog in English (config/matters.ts merges it into the seed). */
const REGISTRATION = 'Registration Division, Commercial Services Bureau';
const ENTERPRISE = 'Enterprise Services Division, Commercial Services Bureau';
const WINDOW = 'General Service Counter, Commercial Services Bureau';
const LICENCE = { name: 'Business licence (original and duplicate)' };
const TEN_THOUSAND_RMB = 'RMB 10,000';

export const EN_MATTERS: Readonly<Record<string, MatterTexts>> = {
  'BIZ-CHANGE': {
    name: 'Registration of changes to an enterprise',
    department: REGISTRATION,
    description:
      'When an enterprise changes its name, domicile, legal representative, registered capital, business scope or shareholders, it applies for registration of the change within 30 days of the resolution.',
    materials: {
      application: { name: 'Application for registration of changes' },
      resolution: { name: 'Resolution or decision of the shareholders’ meeting (or shareholder)' },
      'business-licence': LICENCE,
      'premises-proof': { name: 'Proof of the right to use the new domicile (when the domicile changes)' },
    },
    fields: {
      changeItem: {
        label: 'What changes',
        options: {
          name: 'Name',
          address: 'Domicile',
          'legal-rep': 'Legal representative',
          capital: 'Registered capital',
          scope: 'Business scope',
          shareholders: 'Shareholders (investors)',
        },
      },
      changeDetail: { label: 'The change (before → after)' },
      resolutionDate: { label: 'Date of the resolution' },
      newCapital: { label: 'Registered capital after the change', unit: TEN_THOUSAND_RMB },
    },
  },
  'BRANCH-FILING': {
    name: 'Registration and filing of a branch',
    department: REGISTRATION,
    description:
      'An enterprise setting up a branch office or other branch in the Cooperation Zone applies to the registration authority for its registration and files the details of the person in charge.',
    materials: {
      application: { name: 'Application for registration of a branch' },
      appointment: { name: 'Appointment document of the person in charge' },
      'premises-proof': { name: 'Proof of the right to use the business premises' },
      'business-licence': LICENCE,
    },
    fields: {
      branchName: { label: 'Name of the branch' },
      branchAddress: { label: 'Business premises' },
      principalName: { label: 'Name of the person in charge' },
      principalMobile: { label: 'Mobile number of the person in charge' },
    },
  },
  'ANNUAL-REPORT-FIX': {
    name: 'Correction of an annual report',
    department: REGISTRATION,
    description:
      'An enterprise whose published annual report contains errors may apply for a correction; the content before and after the correction is published together.',
    materials: {
      statement: { name: 'Statement on the correction (with the company seal)' },
      evidence: { name: 'Supporting documents for the correction' },
    },
    fields: {
      reportYear: { label: 'Year of the report' },
      correction: { label: 'What is corrected' },
    },
  },
  'GOOD-STANDING': {
    name: 'Certificate of good standing',
    department: WINDOW,
    description:
      'A certificate of the existence and registered particulars of a business entity registered in the Cooperation Zone, for opening bank accounts, Macao SAR government departments, courts and similar uses.',
    materials: {
      'request-letter': { name: 'Letter requesting the certificate (with the company seal)' },
    },
    fields: {
      purpose: {
        label: 'Purpose of the certificate',
        options: {
          bank: 'Bank account or financing',
          'macao-gov': 'Macao SAR government department',
          court: 'Litigation or arbitration',
          tender: 'Tendering',
          other: 'Other',
        },
      },
      copies: { label: 'Copies', unit: 'number' },
      note: { label: 'Other remarks' },
    },
  },
  'MACAO-SUBSIDY': {
    name: 'Development support fund for Macao-invested enterprises',
    department: ENTERPRISE,
    description:
      'Enterprises at least 25% owned by Macao investors and with substantive operations in the Cooperation Zone may apply each year for the development support fund. The year’s application guide prevails.',
    materials: {
      application: { name: 'Support fund application form (with the company seal)' },
      'investor-identity': { name: 'Proof of identity of the Macao investors' },
      'audit-report': { name: 'Audited financial report for the previous year' },
      'tax-proof': { name: 'Proof of tax payment' },
    },
    fields: {
      macaoShare: { label: 'Shareholding of Macao investors', unit: '%' },
      revenue: { label: 'Operating revenue in the previous year', unit: TEN_THOUSAND_RMB },
      employees: { label: 'Employees insured in the Cooperation Zone', unit: 'people' },
      bankAccountName: { label: 'Name of the receiving account' },
    },
  },
  'TALENT-HOUSING': {
    name: 'Housing subsidy for enterprise talent',
    department: ENTERPRISE,
    description:
      'Enterprises in the Cooperation Zone apply for housing subsidies for the talent they have brought in, every half year; after review the subsidy is paid into the enterprise’s account.',
    materials: {
      roster: { name: 'List of the talent applied for (with the company seal)' },
      contracts: { name: 'Employment contracts' },
      'social-security': { name: 'Proof of social insurance contributions' },
    },
    fields: {
      talentCount: { label: 'Number of people applied for', unit: 'people' },
      period: {
        label: 'Application period',
        options: { '2026-h2': 'Second half of 2026', '2027-h1': 'First half of 2027' },
      },
      contactPerson: { label: 'Enterprise contact person' },
      contactMobile: { label: 'Mobile number of the contact person' },
    },
  },
  'PREMISES-FILING': {
    name: 'Filing of business premises',
    department: REGISTRATION,
    description:
      'An enterprise adding business premises other than its domicile files them with the registration authority.',
    materials: {
      lease: { name: 'Lease contract' },
      ownership: { name: 'Proof of property ownership' },
      photos: { name: 'Photos of the premises (entrance and interior)' },
    },
    fields: {
      premisesAddress: { label: 'Address of the business premises' },
      area: { label: 'Floor area in use', unit: '㎡' },
      usage: {
        label: 'Use',
        options: { office: 'Office', retail: 'Retail', warehouse: 'Storage', factory: 'Production' },
      },
      leaseEnd: { label: 'End of the lease' },
    },
  },
  'SIMPLE-DEREG': {
    name: 'Simplified deregistration',
    department: REGISTRATION,
    description:
      'An enterprise with no debts or claims, or whose debts are settled, applies for simplified deregistration once a 20-day notice on the National Enterprise Credit Information Publicity System has ended without objection.',
    materials: {
      commitment: { name: 'Undertaking signed by all investors' },
      'business-licence': LICENCE,
    },
    fields: {
      announcementDate: { label: 'Start date of the notice' },
      reason: {
        label: 'Reason for deregistration',
        options: {
          dissolution: 'Dissolution by resolution',
          'term-expired': 'Term of operation expired',
          other: 'Other',
        },
      },
    },
  },
  'SEAL-FILING': {
    name: 'Filing of company seals',
    department: WINDOW,
    description:
      'Newly established enterprises, or enterprises that need new or replacement seals, file the seals made.',
    materials: {
      impressions: { name: 'Seal impressions' },
      'business-licence': LICENCE,
    },
    fields: {
      sealType: {
        label: 'Type of seal',
        options: {
          official: 'Company seal',
          finance: 'Finance seal',
          contract: 'Contract seal',
          invoice: 'Invoice seal',
          'legal-rep': 'Legal representative’s name seal',
        },
      },
      sealMaker: { label: 'Seal maker' },
    },
  },
  'SOLE-TRADER-REG': {
    name: 'Registration of an individual business',
    department: REGISTRATION,
    description:
      'Mainland residents and residents of Hong Kong and Macao may register an individual business in the Cooperation Zone; the operator applies in person.',
    materials: {
      identity: { name: 'Identity document of the operator' },
      'premises-proof': { name: 'Proof of the right to use the business premises' },
    },
    fields: {
      shopName: { label: 'Name of the individual business' },
      scope: { label: 'Business scope' },
      premisesAddress: { label: 'Business premises' },
      capital: { label: 'Amount of capital', unit: TEN_THOUSAND_RMB },
    },
  },
  'ARCHIVE-COPY': {
    name: 'Search and copy of enterprise registration records',
    department: WINDOW,
    description:
      'Search and copy the public part of the registration records of an enterprise in the Cooperation Zone; an enterprise’s full records are applied for by its authorised agent.',
    materials: {
      identity: { name: 'Identity document of the applicant' },
    },
    fields: {
      targetUscc: { label: 'Unified social credit code of the enterprise searched' },
      scope: {
        label: 'Scope of the search',
        options: {
          public: 'Public registration information',
          full: 'Full records (the enterprise’s own agent only)',
        },
      },
      copies: { label: 'Copies', unit: 'number' },
    },
  },
};
