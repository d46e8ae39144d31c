import type { Catalog } from './catalog';
import type { zhCN } from './zh-CN';
import type { PolicyId } from '../../policies/generated';

/** Every string the UI shows, in Portuguese as written in Macao (pt-PT). Same shape as zh-CN.ts. */
export const ptPT: Catalog<typeof zhCN> = {
  app: {
    name: 'Qin Yi Ban',
    owner: 'Direcção dos Serviços Comerciais da Zona de Cooperação Aprofundada entre Guangdong e Macau em Hengqin',
    serviceLine: '0756-8841889',
  },
  home: {
    welcome: 'Bem-vindo ao Qin Yi Ban',
    subtitle: 'Gestão empresarial, apoio ao desenvolvimento e serviços ao investimento, num só lugar',
    guestNotice:
      'Ainda não aceitou o Acordo de Utilizador e a Política de Protecção de Informações Pessoais; por agora só pode consultar informação pública.',
    reviewAgreement: 'Ler e aceitar o acordo',
    documents: 'Acordos e políticas',
    contact: 'Linha de atendimento',
    region: 'Mudar cidade / região',
    regionLocate: 'Usar a localização actual',
    regions: {
      hengqin: 'Zona de Cooperação de Hengqin',
      'zhuhai-xiangzhou': 'Distrito de Xiangzhou, Zhuhai',
      'zhuhai-jinwan': 'Distrito de Jinwan, Zhuhai',
      'zhuhai-doumen': 'Distrito de Doumen, Zhuhai',
      macao: 'RAE de Macau',
      zhongshan: 'Zhongshan',
      jiangmen: 'Jiangmen',
      guangzhou: 'Cantão',
      shenzhen: 'Shenzhen',
      hongkong: 'RAE de Hong Kong',
    },
    services: 'Serviços',
    myRequests: 'Os meus pedidos',
    staff: 'Balcão do pessoal',
    inbox: 'As minhas mensagens',
    language: 'Idioma',
    categories: {
      registration: 'Registo comercial',
      filing: 'Comunicação prévia',
      certificate: 'Certidões e licenças',
      subsidy: 'Apoios e subsídios',
    },
    allMatters: 'Todos os serviços',
    search: 'Pesquisar serviços',
    searchAction: 'Pesquisar',
    glance: { inProgress: 'Em curso', needsSupplement: 'A aguardar documentos' },
  },
  agreement: {
    title: 'Acordo de Utilizador e Política de Protecção de Informações Pessoais',
    intro:
      'Leia com atenção todas as cláusulas, em especial as assinaladas a negrito que excluem ou limitam responsabilidades ou limitam os seus direitos. Se não tiver plena capacidade civil, deve lê-las acompanhado do seu tutor.',
    version: 'Versão',
    effective: 'Em vigor desde',
    contents: 'Índice',
    tick: 'Li e aceito o Acordo de Utilizador e a Política de Protecção de Informações Pessoais',
    agree: 'Aceitar e continuar',
    disagree: 'Não aceitar',
    tickFirst: 'Assinale primeiro a caixa',
    declined:
      'Optou por não aceitar. Pode continuar a consultar informação pública e ler e aceitar a qualquer momento para usar os serviços.',
  },
  /** Page titles, set at runtime (src/platform/page-title.ts); index.config.ts keeps the Simplified one. */
  titles: {
    home: 'Qin Yi Ban',
    agreement: 'Acordo e política de privacidade',
  },
  policy: {
    names: {
      'user-agreement': 'Acordo de utilizador',
      'privacy-policy': 'Política de protecção de informações pessoais',
      'sdk-list': 'SDK de terceiros',
    } satisfies Record<PolicyId, string>,
    versionOf: (name: string, day: string) => `${name} (versão de ${day})`,
    notFound: 'Documento não encontrado',
    backToTop: 'Voltar ao topo',
    readingCopyLink: 'Ler a cópia de referência em chinês tradicional',
    readingCopyLabel:
      'Cópia de referência em chinês tradicional, convertida automaticamente do texto em chinês simplificado, apenas para ajudar à leitura. Prevalece o texto em chinês simplificado, que é o que aceita.',
    readingCopyMissing:
      'Esta versão não tem cópia de referência em chinês tradicional; segue-se o texto em chinês simplificado.',
    authoritativeLink: 'Ver o texto oficial em chinês simplificado',
    authoritativeNote: 'Este documento faz fé apenas em chinês simplificado, o texto abaixo; não é fornecida tradução.',
  },
  permissions: {
    systemDenied: (name: string) =>
      `O WeChat não tem a permissão ${name} do telemóvel. Permita ao WeChat usar ${name} nas definições do telemóvel.`,
    privacyNotAuthorized:
      'Ainda não deu a autorização prevista nas orientações de privacidade, pelo que esta função não está disponível. Leia e aceite de novo na página inicial e tente outra vez.',
    privacyNotDeclared:
      'O mini-programa ainda não declarou este uso de informações pessoais, pelo que esta função não está disponível. Contacte a linha de atendimento.',
    unavailable: 'Função não suportada aqui',
    failed: 'Não concluído. Tente mais tarde',
    phoneCall: {
      name: 'Chamadas',
      purpose: 'Toque no número para ligar para a linha de atendimento',
      refusal:
        'Sem ela o marcador não abre; pode marcar o número manualmente, e os restantes serviços continuam disponíveis.',
    },
    network: {
      offline: 'Sem ligação à rede. Tente de novo quando voltar',
      retry: 'Tentar de novo',
      loading: 'A carregar',
    },
  },
  consent: {
    reconsentIntro:
      'O Acordo de Utilizador ou a Política de Protecção de Informações Pessoais foi actualizado. Leia as alterações e aceite para continuar; se não aceitar, pode continuar a consultar informação pública ou cancelar a conta.',
    cancelAccount: 'Não aceito a nova versão: cancelar a conta',
    saving: 'A enviar…',
    changes: {
      title: 'O que mudou',
      from: 'Da versão',
      to: 'para a versão',
      added: 'Aditado',
      removed: 'Eliminado',
      changed: 'Alterado',
      none: 'Sem alterações ao texto',
    },
  },
  privacyCenter: {
    entry: 'Centro de privacidade',
  },
  account: {
    profileTitle: 'A minha conta',
  },
  punctuation: { colon: ': ', list: ', ', open: ' (', close: ')', clauses: '; ' },
  errors: {
    network: 'Problema de rede; tente mais tarde',
    internal: 'O sistema está ocupado; tente mais tarde',
  },
  publication: {
    upcoming: (title: string, date: string) => `«${title}» será actualizado em ${date}: `,
    refuseTitle: 'Não aceitar a nova versão',
    refuseContent:
      'Pode pedir o cancelamento da conta (Acordo de Utilizador, 10.2) ou continuar a consultar informação pública como visitante.',
    refuseCancel: 'Cancelar a conta',
    refuseStay: 'Continuar a consultar',
  },
};
