import type { MatterTexts } from '../../cloudfunctions/lib/contract/matter-texts';

/**
 * The catalog in European Portuguese, in the spelling Macao's public bodies use (Direcção,
 * actividade), as the rest of the pt-PT catalogs (config/matters.ts merges it into the seed).
 */
const REGISTRATION = 'Divisão de Registo, Direcção dos Serviços Comerciais';
const ENTERPRISE = 'Divisão de Serviços às Empresas, Direcção dos Serviços Comerciais';
const WINDOW = 'Balcão de Atendimento Geral, Direcção dos Serviços Comerciais';
const LICENCE = { name: 'Licença comercial (original e duplicado)' };
const TEN_THOUSAND_RMB = '10 mil RMB';

export const PT_PT_MATTERS: Readonly<Record<string, MatterTexts>> = {
  'BIZ-CHANGE': {
    name: 'Registo de alterações da empresa',
    department: REGISTRATION,
    description:
      'Quando a empresa altera a firma, a sede, o representante legal, o capital social, o objecto ou os sócios, requer o registo da alteração no prazo de 30 dias a contar da deliberação.',
    materials: {
      application: { name: 'Requerimento de registo de alterações' },
      resolution: { name: 'Deliberação da assembleia geral (ou decisão do sócio)' },
      'business-licence': LICENCE,
      'premises-proof': { name: 'Comprovativo do direito de uso da nova sede (se a sede mudar)' },
    },
    fields: {
      changeItem: {
        label: 'Alteração a registar',
        options: {
          name: 'Firma',
          address: 'Sede',
          'legal-rep': 'Representante legal',
          capital: 'Capital social',
          scope: 'Objecto social',
          shareholders: 'Sócios (investidores)',
        },
      },
      changeDetail: { label: 'Alteração (antes → depois)' },
      resolutionDate: { label: 'Data da deliberação' },
      newCapital: { label: 'Capital social depois da alteração', unit: TEN_THOUSAND_RMB },
    },
  },
  'BRANCH-FILING': {
    name: 'Registo e averbamento de sucursal',
    department: REGISTRATION,
    description:
      'A empresa que abra uma sucursal ou outro estabelecimento na Zona de Cooperação requer o seu registo à entidade registral e comunica os dados do responsável.',
    materials: {
      application: { name: 'Requerimento de registo de sucursal' },
      appointment: { name: 'Documento de nomeação do responsável' },
      'premises-proof': { name: 'Comprovativo do direito de uso do estabelecimento' },
      'business-licence': LICENCE,
    },
    fields: {
      branchName: { label: 'Denominação da sucursal' },
      branchAddress: { label: 'Estabelecimento' },
      principalName: { label: 'Nome do responsável' },
      principalMobile: { label: 'Telemóvel do responsável' },
    },
  },
  'ANNUAL-REPORT-FIX': {
    name: 'Rectificação do relatório anual',
    department: REGISTRATION,
    description:
      'A empresa cujo relatório anual publicado contenha erros pode requerer a sua rectificação; o conteúdo antes e depois da rectificação é publicado em conjunto.',
    materials: {
      statement: { name: 'Declaração sobre a rectificação (com o carimbo da empresa)' },
      evidence: { name: 'Documentos que fundamentam a rectificação' },
    },
    fields: {
      reportYear: { label: 'Ano do relatório' },
      correction: { label: 'Conteúdo a rectificar' },
    },
  },
  'GOOD-STANDING': {
    name: 'Certidão de situação de entidade comercial',
    department: WINDOW,
    description:
      'Certidão da existência e dos elementos registados de uma entidade comercial registada na Zona de Cooperação, para abertura de contas bancárias, serviços públicos da RAEM, tribunais e fins semelhantes.',
    materials: {
      'request-letter': { name: 'Carta a pedir a certidão (com o carimbo da empresa)' },
    },
    fields: {
      purpose: {
        label: 'Finalidade da certidão',
        options: {
          bank: 'Conta bancária ou financiamento',
          'macao-gov': 'Serviço público da RAEM',
          court: 'Processo judicial ou arbitral',
          tender: 'Concurso',
          other: 'Outra',
        },
      },
      copies: { label: 'Exemplares', unit: 'número' },
      note: { label: 'Outras observações' },
    },
  },
  'MACAO-SUBSIDY': {
    name: 'Apoio financeiro ao desenvolvimento de empresas de capital de Macau',
    department: ENTERPRISE,
    description:
      'As empresas detidas em pelo menos 25% por investidores de Macau e com actividade efectiva na Zona de Cooperação podem candidatar-se anualmente ao apoio financeiro ao desenvolvimento. Prevalece o guia de candidatura do ano.',
    materials: {
      application: { name: 'Formulário de candidatura ao apoio (com o carimbo da empresa)' },
      'investor-identity': { name: 'Documento de identificação dos investidores de Macau' },
      'audit-report': { name: 'Relatório financeiro auditado do ano anterior' },
      'tax-proof': { name: 'Comprovativo de pagamento de impostos' },
    },
    fields: {
      macaoShare: { label: 'Participação dos investidores de Macau', unit: '%' },
      revenue: { label: 'Receitas de exploração do ano anterior', unit: TEN_THOUSAND_RMB },
      employees: { label: 'Trabalhadores com seguro social na Zona de Cooperação', unit: 'pessoas' },
      bankAccountName: { label: 'Titular da conta de recebimento' },
    },
  },
  'TALENT-HOUSING': {
    name: 'Subsídio de habitação para quadros qualificados da empresa',
    department: ENTERPRISE,
    description:
      'As empresas da Zona de Cooperação requerem, por semestre, subsídios de habitação para os quadros qualificados que contrataram; após apreciação, o subsídio é pago na conta da empresa.',
    materials: {
      roster: { name: 'Lista dos quadros abrangidos (com o carimbo da empresa)' },
      contracts: { name: 'Contratos de trabalho' },
      'social-security': { name: 'Comprovativo de contribuições para a segurança social' },
    },
    fields: {
      talentCount: { label: 'Número de pessoas abrangidas', unit: 'pessoas' },
      period: {
        label: 'Período de candidatura',
        options: { '2026-h2': '2.º semestre de 2026', '2027-h1': '1.º semestre de 2027' },
      },
      contactPerson: { label: 'Pessoa de contacto da empresa' },
      contactMobile: { label: 'Telemóvel da pessoa de contacto' },
    },
  },
  'PREMISES-FILING': {
    name: 'Averbamento de estabelecimento',
    department: REGISTRATION,
    description:
      'A empresa que abra estabelecimentos além da sua sede comunica-os à entidade registral para averbamento.',
    materials: {
      lease: { name: 'Contrato de arrendamento' },
      ownership: { name: 'Comprovativo de propriedade' },
      photos: { name: 'Fotografias do estabelecimento (fachada e interior)' },
    },
    fields: {
      premisesAddress: { label: 'Endereço do estabelecimento' },
      area: { label: 'Área utilizada', unit: '㎡' },
      usage: {
        label: 'Utilização',
        options: { office: 'Escritório', retail: 'Comércio a retalho', warehouse: 'Armazém', factory: 'Produção' },
      },
      leaseEnd: { label: 'Termo do arrendamento' },
    },
  },
  'SIMPLE-DEREG': {
    name: 'Cancelamento simplificado do registo',
    department: REGISTRATION,
    description:
      'A empresa sem dívidas nem créditos, ou que os tenha liquidado, requer o cancelamento simplificado depois de um aviso de 20 dias no Sistema Nacional de Publicidade de Informações de Crédito das Empresas terminar sem oposição.',
    materials: {
      commitment: { name: 'Declaração de compromisso de todos os investidores' },
      'business-licence': LICENCE,
    },
    fields: {
      announcementDate: { label: 'Data de início do aviso' },
      reason: {
        label: 'Motivo do cancelamento',
        options: {
          dissolution: 'Dissolução por deliberação',
          'term-expired': 'Termo do prazo de actividade',
          other: 'Outro',
        },
      },
    },
  },
  'SEAL-FILING': {
    name: 'Averbamento de carimbos da empresa',
    department: WINDOW,
    description:
      'As empresas novas, ou que precisem de carimbos novos ou de substituição, comunicam os carimbos feitos para averbamento.',
    materials: {
      impressions: { name: 'Impressões dos carimbos' },
      'business-licence': LICENCE,
    },
    fields: {
      sealType: {
        label: 'Tipo de carimbo',
        options: {
          official: 'Carimbo da empresa',
          finance: 'Carimbo financeiro',
          contract: 'Carimbo para contratos',
          invoice: 'Carimbo para facturas',
          'legal-rep': 'Carimbo nominativo do representante legal',
        },
      },
      sealMaker: { label: 'Fabricante dos carimbos' },
    },
  },
  'SOLE-TRADER-REG': {
    name: 'Registo de empresário comercial individual',
    department: REGISTRATION,
    description:
      'Os residentes do Interior da China e de Hong Kong e Macau podem registar-se como empresário comercial individual na Zona de Cooperação; o pedido é feito pelo próprio.',
    materials: {
      identity: { name: 'Documento de identificação do empresário' },
      'premises-proof': { name: 'Comprovativo do direito de uso do estabelecimento' },
    },
    fields: {
      shopName: { label: 'Firma do empresário individual' },
      scope: { label: 'Objecto da actividade' },
      premisesAddress: { label: 'Estabelecimento' },
      capital: { label: 'Montante do capital', unit: TEN_THOUSAND_RMB },
    },
  },
  'ARCHIVE-COPY': {
    name: 'Consulta e cópia do arquivo de registo de empresas',
    department: WINDOW,
    description:
      'Consulta e cópia da parte pública do arquivo de registo de uma empresa da Zona de Cooperação; o arquivo completo de uma empresa é pedido pelo seu representante autorizado.',
    materials: {
      identity: { name: 'Documento de identificação do requerente' },
    },
    fields: {
      targetUscc: { label: 'Código unificado de crédito social da empresa consultada' },
      scope: {
        label: 'Âmbito da consulta',
        options: {
          public: 'Informações de registo públicas',
          full: 'Arquivo completo (só o representante da própria empresa)',
        },
      },
      copies: { label: 'Exemplares', unit: 'número' },
    },
  },
};
