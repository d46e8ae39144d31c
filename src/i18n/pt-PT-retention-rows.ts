import type { Catalog } from './catalog';
import type { zhCNRetention } from './zh-CN-retention';

// Laws by their usual Portuguese titles; the policy by its name in pt-PT.ts (t.policy.names).
const PIPL = 'Lei de Protecção de Informações Pessoais da RPC (PIPL)';
const POLICY = 'Política de protecção de informações pessoais';
const PIPL_19 = `${PIPL}, art.º 19.º: as informações são conservadas pelo prazo mínimo necessário à finalidade do tratamento; ${POLICY}, ponto 6.2`;
const PIPL_56 = `${PIPL}, art.º 56.º: os registos do tratamento são conservados durante pelo menos três anos`;
const ARCHIVES =
  'Lei dos Arquivos da RPC: os registos que um órgão público produz ao tratar um assunto têm de ser arquivados, pelos prazos das Disposições sobre o Âmbito de Arquivo e os Prazos de Conservação dos Arquivos Documentais dos Órgãos do Estado (Ordem n.º 8 da Administração Nacional de Arquivos); findo o prazo, são avaliados e só então eliminados, nunca apagados automaticamente pela aplicação';
const WITH_ACCOUNT = `${POLICY}, pontos 6.2 e 8.5: conservado apenas enquanto lhe prestamos serviço; apagado com a conta no fim do período de reflexão do cancelamento`;
const CHAIN = `${PIPL}, art.º 56.º (registos do tratamento conservados durante pelo menos três anos); cada registo está ligado ao anterior numa cadeia de hashes, pelo que a cadeia só pode ser conservada inteira, nunca é apagada registo a registo e pode ser verificada a qualquer momento contra alterações`;
const NET_LOG =
  'Lei de Cibersegurança da RPC, art.º 21.º: os registos de rede são conservados durante pelo menos seis meses';
const DISPUTES = `${POLICY}, ponto 6.2: o prazo razoavelmente necessário para tratar queixas e litígios`;

const WHILE_ACCOUNT = {
  period: 'enquanto a conta existir',
  from: 'fim do período de reflexão do cancelamento da conta',
  basis: WITH_ACCOUNT,
};

/** The rows of config/retention.ts in Portuguese as written in Macao, by row key. */
export const ptPTRetentionRows: Catalog<typeof zhCNRetention>['rows'] = {
  accounts: { what: 'Conta e dados de identificação com nome real', ...WHILE_ACCOUNT },
  wechat_bindings: { what: 'Ligação à sua identidade WeChat', ...WHILE_ACCOUNT },
  staff_proposals: {
    what: 'Propostas e decisões sobre acções que exigem o acordo de dois administradores (atribuir funções, envios a todos)',
    period: 'o mesmo que os registos de auditoria',
    from: 'a decisão',
    basis: CHAIN,
  },
  identity_reviews: {
    what: 'Verificações de nome real do pessoal (as fotografias dos documentos são apagadas logo após a decisão)',
    ...WHILE_ACCOUNT,
  },
  sessions: {
    what: 'Sessões iniciadas',
    period: '30 dias depois de terminarem ou expirarem',
    from: 'fim ou expiração da sessão',
    basis: `${PIPL_19}; o operador pode ajustar o prazo`,
  },
  unique_claims: {
    what: 'Reservas de unicidade (índice cego dos números de documento, autorizações por analisar, lugares de pedidos em curso)',
    period: 'enquanto existir aquilo que reservam',
    from: 'cancelamento da conta, decisão da autorização ou conclusão do pedido',
    basis: WITH_ACCOUNT,
  },
  login_attempts: {
    what: 'Contagem de tentativas falhadas de iniciar sessão',
    period: '180 dias após a última falha',
    from: 'a última tentativa falhada',
    basis: NET_LOG,
  },
  policy_versions: {
    what: 'Todas as versões do acordo e das políticas',
    period: 'por tempo indeterminado',
    from: 'publicação',
    basis: 'Sem informações pessoais; cada consentimento tem de poder remeter para o texto então aceite',
  },
  consents: {
    what: 'Registos de consentimento (o livro de consentimentos)',
    period: 'três anos após o cancelamento da conta',
    from: 'cancelamento da conta',
    basis: CHAIN,
  },
  consent_heads: {
    what: 'Topo da cadeia do livro de consentimentos',
    period: 'o mesmo que os registos de consentimento',
    from: 'cancelamento da conta',
    basis: CHAIN,
  },
  enterprises: {
    what: 'Dados de registo da empresa',
    period: '30 anos',
    from: 'o último assunto tratado',
    basis: ARCHIVES,
  },
  agent_grants: {
    what: 'Autorizações de representação e a sua análise',
    period: '30 anos',
    from: 'a decisão sobre a autorização',
    basis: ARCHIVES,
  },
  matters: {
    what: 'Catálogo de assuntos',
    period: 'por tempo indeterminado',
    from: 'publicação',
    basis: 'Sem informações pessoais',
  },
  service_requests: { what: 'Pedidos', period: '30 anos', from: 'conclusão do pedido', basis: ARCHIVES },
  request_events: {
    what: 'Tramitação de cada pedido',
    period: 'o mesmo que o pedido (30 anos)',
    from: 'conclusão do pedido',
    basis: ARCHIVES,
  },
  files: {
    what: 'Carregamentos por concluir (iniciados mas não confirmados, ou reprovados na verificação)',
    period: '1 dia; os ficheiros confirmados são conservados com o registo que os usa',
    from: 'início do carregamento',
    basis: `${PIPL_19}: um carregamento por concluir não tem finalidade`,
  },
  subscriptions: { what: 'Autorizações de mensagens de subscrição', ...WHILE_ACCOUNT },
  messages: { what: 'Mensagens de «As minhas mensagens»', period: '1 ano', from: 'envio da mensagem', basis: PIPL_19 },
  push_jobs: {
    what: 'Envios de avisos pelo pessoal',
    period: '1 ano após o fim do envio',
    from: 'fim do envio',
    basis: PIPL_19,
  },
  feedback: { what: 'Opiniões e queixas', period: '3 anos', from: 'submissão', basis: DISPUTES },
  feedback_limits: {
    what: 'Contagem diária de opiniões enviadas',
    period: '2 dias',
    from: 'a primeira opinião do dia',
    basis: 'Só serve o limite diário; deixa de ser necessária no dia seguinte',
  },
  media_checks: {
    what: 'Verificações de segurança do conteúdo de imagens',
    period: '30 dias',
    from: 'submissão para verificação',
    basis: 'O WeChat envia o resultado em 30 minutos; conservadas 30 dias para confirmar as imagens retiradas',
  },
  reports: {
    what: 'Denúncias e o seu resultado (os contactos deixados ao denunciar uma conta roubada são guardados cifrados)',
    period: '3 anos',
    from: 'a denúncia',
    basis: DISPUTES,
  },
  privacy_requests: {
    what: 'Pedidos sobre os seus direitos relativos a informações pessoais e as nossas respostas',
    period: '3 anos',
    from: 'o pedido',
    basis: PIPL_56,
  },
  audit_log: {
    what: 'Registos de auditoria das acções do pessoal',
    period: '3 anos',
    from: 'o registo',
    basis: `${NET_LOG}; ${CHAIN}`,
  },
  audit_watch: {
    what: 'Contagens por detrás dos alertas de auditoria',
    period: '3 anos',
    from: 'a hora contada',
    basis: `${NET_LOG}; o mesmo que os registos de auditoria`,
  },
  audit_heads: {
    what: 'Topo da cadeia de auditoria',
    period: 'o mesmo que os registos de auditoria',
    from: 'o registo',
    basis: CHAIN,
  },
  device_logs: {
    what: 'Registos de diagnóstico do dispositivo (ainda não usados)',
    period: 'a definir antes de serem usados',
    from: '—',
    basis: 'Nada é guardado de momento',
  },
  notice_preferences: { what: 'Definições de notificações', ...WHILE_ACCOUNT },
  push_recipients: {
    what: 'Resultado da entrega de um aviso, pessoa a pessoa',
    period: '180 dias',
    from: 'início do envio',
    basis: PIPL_19,
  },
  channel_outbox: {
    what: 'SMS e mensagens de correio electrónico enviados em seu nome no ambiente de testes local',
    period: '30 dias',
    from: 'o envio',
    basis: `${PIPL_19}; só existem no ambiente de testes local`,
  },
  oidc_clients: {
    what: 'Serviços de terceiros que permitem iniciar sessão com a conta Qin Yi Ban',
    period: 'enquanto o serviço estiver ligado',
    from: '—',
    basis: 'Nome, ícone e ligação para os termos do serviço; sem informações pessoais',
  },
  oidc_authorizations: {
    what: 'As suas autorizações a serviços de terceiros',
    period: '3 anos',
    from: 'retirada da autorização (conservadas enquanto estiverem em vigor)',
    basis: `${PIPL}, art.os 23.º e 56.º: os registos da comunicação de informações pessoais a terceiros são conservados durante pelo menos três anos`,
  },
  oidc_codes: {
    what: 'Códigos de autorização de uso único para iniciar sessão em terceiros',
    period: '1 dia',
    from: 'emissão (válidos durante 60 segundos)',
    basis: PIPL_19,
  },
  oidc_tokens: {
    what: 'Tokens de acesso e de renovação de serviços de terceiros',
    period: '30 dias após expirarem',
    from: 'expiração do token',
    basis: PIPL_19,
  },
  oidc_qr_sessions: {
    what: 'Inícios de sessão em terceiros por código QR (o pedido do serviço, a sua decisão)',
    period: '1 dia',
    from: 'expiração do código QR (válido durante 3 minutos)',
    basis: PIPL_19,
  },
  linked_accounts: {
    what: 'Contas externas que associou (por exemplo, Yuexinqian): a plataforma e o identificador da conta',
    period: 'enquanto estiverem associadas',
    from: '— (apagadas ao desassociar ou ao cancelar a conta)',
    basis: `${PIPL}, art.º 13.º, n.º 1, alínea 2): necessário para iniciar sessão com a conta associada; ${POLICY}, ponto 7.1`,
  },
  link_states: {
    what: 'Associações de contas ou inícios de sessão com conta associada em curso (valores de verificação de uso único)',
    period: '1 dia',
    from: 'expiração do pedido (válido durante 10 minutos)',
    basis: PIPL_19,
  },
  announcements: {
    what: 'Avisos de manutenção e de alterações do serviço',
    period: '1 ano após o fim do aviso',
    from: 'fim do aviso',
    basis: `${PIPL_19}; os avisos não contêm informações pessoais e são conservados 1 ano para responder a perguntas sobre eles`,
  },
  'storage-uploads': {
    what: 'Ficheiros que carregou, ainda por verificar',
    period: '1 dia',
    from: 'início do carregamento',
    basis: `${PIPL_19}: transferidos e apagados quando passam a verificação; carregamentos por concluir apagados ao fim de 1 dia`,
  },
  'storage-files': {
    what: 'Ficheiros verificados e guardados (documentos de pedidos, fotografias e mensagens de voz de opiniões, resultados, ícones de serviços de terceiros)',
    period:
      'conservados com o registo que os usa (documentos de pedidos 30 anos, opiniões 3 anos; o ícone de um serviço de terceiros enquanto o serviço estiver registado, sendo o antigo apagado quando substituído)',
    from: 'o início do prazo do registo a que pertencem',
    basis: `Documentos e resultados de pedidos: ${ARCHIVES}; anexos de opiniões: ${POLICY}, ponto 6.2; os ícones de serviços de terceiros não contêm informações pessoais`,
  },
};
