import { ptPTNoticeRoles } from '../../cloudfunctions/lib/contract/notices/role-names';
import type { Catalog } from './catalog';
import type { zhCNStaffDesk } from './zh-CN-staff-desk';

/** The staff subpackage's account and privacy-request screens (zh-CN-staff-desk.ts) in Portuguese. */
export const ptPTStaffDesk: Catalog<typeof zhCNStaffDesk> = {
  desk: {
    loading: 'A ler as suas permissões de trabalho…',
    signIn: 'Entrar',
    roles: 'As suas funções: ',
    none: 'A sua conta não tem permissões de pessoal. Peça-as a um administrador.',
    entries: {
      queue: {
        title: 'Fila de pedidos',
        purpose: 'Ver pedidos por assunto e estado; aceitar, pedir documentos, decidir e entregar',
      },
      grants: {
        title: 'Autorizações de representação',
        purpose: 'Verificar procurações; aprovar ou recusar representantes de empresas',
      },
      push: { title: 'Enviar avisos', purpose: 'Enviar avisos a grupos escolhidos e acompanhar o envio' },
      accounts: { title: 'Contas', purpose: 'Procurar contas; definir o estado e as funções' },
      privacyRequests: {
        title: 'Pedidos sobre informações pessoais',
        purpose: 'Tratar pedidos de correcção, eliminação e questões (resposta em 15 dias úteis)',
      },
      audit: {
        title: 'Registo de auditoria',
        purpose: 'Verificar a cadeia de auditoria; ver registos e alertas por membro do pessoal, acção e hora',
      },
      feedback: {
        title: 'Opiniões e queixas',
        purpose: 'Tratar as opiniões pelo prazo de resposta: atribuir, responder, concluir (resposta em 15 dias úteis)',
      },
      identityReviews: {
        title: 'Verificações de nome real',
        purpose:
          'Verificar fotografias de documentos de residentes de Hong Kong, Macau e Taiwan e de estrangeiros: nome real verificado (nível 2)',
      },
      oidcClients: {
        title: 'Serviços de terceiros',
        purpose: 'Registar os serviços que iniciam sessão com uma conta Qin Yi Ban, com os seus termos; desativar um',
      },
      reports: {
        title: 'Denúncias',
        purpose: 'Verificar denúncias; advertir, remover conteúdo ou restringir contas, e informar o denunciante',
      },
    },
    approvals: {
      title: 'À espera de um segundo administrador',
      grant: 'Atribuir a {account} as funções: {roles}',
      push: 'Envio a todos ({count} pessoas): {title}',
      announcement: 'Aviso enviado a todos ({count} pessoas): {title}',
      proposedBy: 'Proposto por {name}, {at}; caduca se não for aprovado até {until}',
      mine: 'Foi o senhor quem propôs ou diz-lhe respeito: outro administrador tem de decidir',
      approve: 'Aprovar',
      reject: 'Rejeitar',
      confirmApprovePush: {
        title: 'Aprovar o envio a todos',
        content: 'É enviado a todos de imediato e o proponente é informado.',
        confirmText: 'Aprovar e enviar',
        cancelText: 'Cancelar',
        done: 'Aprovado e enviado',
      },
      confirmApprove: {
        title: 'Aprovar as funções',
        content: 'As funções entram logo em vigor e o proponente é avisado.',
        confirmText: 'Sim',
        cancelText: 'Não',
        done: 'Aprovado',
      },
      confirmReject: {
        title: 'Rejeitar as funções',
        content: 'As funções ficam como estão e o proponente é avisado.',
        confirmText: 'Sim',
        cancelText: 'Não',
        done: 'Rejeitado',
      },
    },
    publishNote:
      'As novas versões dos acordos são publicadas pelos responsáveis na ferramenta de publicação, não nesta página.',
  },
  accounts: {
    title: 'Contas',
    accountName: 'Nome da conta',
    find: 'Procurar',
    realName: 'Nome',
    status: 'Estado',
    reason: 'Motivo',
    until: 'Até',
    roles: 'Funções',
    setStatus: 'Definir o estado da conta',
    newState: 'Novo estado',
    reasonPlaceholder: 'Motivo (comunicado ao utilizador)',
    untilPlaceholder: 'Suspensa até AAAA-MM-DD',
    saveStatus: 'Guardar estado',
    setRoles: 'Definir funções (só administradores)',
    saveRoles: 'Guardar funções',
    stolenTitle: 'Contas comunicadas como roubadas',
    stolenEmpty: 'Não há comunicações de contas roubadas por tratar.',
    stolenAccount: 'Conta roubada',
    reportedAt: 'Comunicado em',
    contact: 'Contacto',
    noContact: 'O autor tinha sessão iniciada: o resultado vai para as suas mensagens',
    freeze: 'Congelar',
    dismiss: 'Arquivar',
    freezeNote: 'Verificado: o titular comunicou que a conta foi roubada',
    frozenDone: 'Conta congelada; o autor foi informado',
    confirmFreeze: {
      title: 'Congelar esta conta?',
      content:
        'Todas as sessões da conta terminam e ninguém pode entrar nem usar serviços até o titular a descongelar por verificação facial ou num balcão. O autor é informado do resultado.',
      confirmText: 'Congelar',
      cancelText: 'Cancelar',
      destructive: true,
    },
    proposed: 'Submetido: entra em vigor quando outro administrador o aprovar em 24 horas',
    saved: 'Guardado',
    roleNames: ptPTNoticeRoles.names,
  },
  requests: {
    title: 'Pedidos sobre informações pessoais',
    filters: { open: 'Por tratar', approved: 'Tratados', refused: 'Recusados', cancelled: 'Retirados' },
    empty: 'Sem pedidos',
    overdue: 'Em atraso',
    due: 'Prazo',
    current: 'Registo actual',
    proposed: 'Corrigir para',
    reveal: 'Mostrar por inteiro (a consulta fica registada)',
    revealed: 'Por inteiro (consulta registada)',
    reply: 'Resposta (indique o motivo ao recusar)',
    approve: 'Tratar',
    refuse: 'Recusar',
    decided: 'Tratado',
    back: 'Voltar à lista',
  },
};
