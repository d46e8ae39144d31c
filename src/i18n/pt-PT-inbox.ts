import type { Catalog } from './catalog';
import type { zhCNInbox } from './zh-CN-inbox';

/** The inbox subpackage's strings (zh-CN-inbox.ts) in Portuguese as written in Macao. */
export const ptPTInbox: Catalog<typeof zhCNInbox> = {
  title: 'As minhas mensagens',
  empty: 'Sem mensagens',
  unread: (n: number) => `${n} por ler`,
  markAllRead: 'Marcar todas como lidas',
  delete: 'Eliminar',
  open: 'Ver detalhes',
  report: 'Denunciar',
  more: 'Carregar mais',
  signInFirst: 'Entre na conta para ver as suas mensagens.',
  signIn: 'Entrar',
  toPreferences: 'Definições de notificação',
  preferencesTitle: 'Definições de notificação',
  preferencesIntro:
    'As mensagens ficam sempre em «As minhas mensagens». Escolha por que outros canais recebe também cada tipo de aviso.',
  lockedNote:
    'Os avisos de segurança da conta, incidentes de segurança, actualizações do acordo, estado da conta, manutenção do sistema e alterações do serviço dizem respeito aos seus direitos e à segurança da conta e, nos termos do Acordo do Utilizador, não podem ser desactivados.',
  locked: 'Sempre activo',
  on: 'Ligado',
  off: 'Desligado',
  noAddress: 'Sem contacto indicado',
  kinds: {
    'request.status': 'Andamento dos pedidos',
    'agent.grant': 'Autorizações de representação',
    'policy.published': 'Actualizações de acordos e políticas',
    'account.security': 'Alertas de segurança da conta',
    'account.status': 'Alterações do estado da conta',
    maintenance: 'Manutenção do sistema',
    'service.change': 'Avisos de alteração do serviço',
    'security.incident': 'Avisos de incidente de segurança',
    'staff.push': 'Avisos de serviço',
    'privacy.request': 'Respostas a pedidos sobre informações pessoais',
  },
  channels: { wechat: 'Mensagens de subscrição do WeChat', sms: 'SMS', email: 'Correio electrónico' },
  subscribeTitle: 'Mensagens de subscrição do WeChat',
  subscribeIntro:
    'O WeChat pede-lhe autorização de cada vez: cada autorização permite-nos enviar-lhe uma mensagem de subscrição correspondente.',
  subscribe: 'Receber mensagens de subscrição do WeChat',
  subscribeLongTerm: 'Receber avisos de serviço de longa duração',
  subscribeLongTermIntro:
    'Alguns avisos de serviço são subscrições de longa duração: autoriza uma vez, sem tocar de cada vez. O WeChat pede-as separadamente das subscrições pontuais.',
  remaining: (n: number | null) => (n === null ? 'Longa duração' : `Restam ${n}`),
  subscribed: 'A sua escolha foi registada',
  subscribeUnavailable: 'Mensagens de subscrição não suportadas aqui',
};
