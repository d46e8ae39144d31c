import type { Catalog } from './catalog';
import type { zhCNPush } from './zh-CN-push';

/** The staff push page's strings (zh-CN-push.ts) in Portuguese as written in Macao. */
export const ptPTPush: Catalog<typeof zhCNPush> = {
  title: 'Enviar aviso',
  intro:
    'Cada aviso chega às mensagens dos destinatários na aplicação; as mensagens de subscrição do WeChat, SMS e correio electrónico seguem as autorizações e definições de cada um. Cada envio fica no registo de auditoria.',
  titleLabel: 'Título (até 40 caracteres)',
  bodyLabel: 'Texto (até 500 caracteres)',
  kindLabel: 'Tipo de aviso',
  kinds: {
    'staff.push': 'Aviso de serviço',
    maintenance: 'Manutenção do sistema',
    'policy.published': 'Actualização de acordos e políticas',
    'security.incident': 'Incidente de segurança (só administradores)',
  },
  audienceLabel: 'Destinatários',
  audiences: {
    person: 'Um utilizador',
    accounts: 'Vários utilizadores afectados',
    matter: 'Requerentes de um assunto',
    policy: 'Quem aceitou uma versão de um documento',
    everyone: 'Todos os utilizadores',
  },
  accountName: 'Nome da conta do utilizador',
  matterCode: 'Código do assunto',
  policyDocument: 'Documento (user-agreement ou privacy-policy)',
  policyVersion: 'Versão',
  create: 'Pré-visualizar',
  audienceSize: (n: number) => (n === 1 ? 'Vai para 1 pessoa' : `Vai para ${n} pessoas`),
  previewWechat: 'Pré-visualização da mensagem de subscrição do WeChat',
  send: 'Enviar',
  progress: (done: number, total: number) => `Tratados ${done} / ${total}`,
  inboxCount: (n: number, total: number) => `Mensagens na aplicação: entregues a ${n} / ${total}`,
  counts: (sent: number, skipped: number, failed: number) =>
    `Avisos WeChat: enviados ${sent} · ignorados ${skipped} · falhados ${failed}`,
  wechatNote:
    'Os avisos WeChat só são enviados a quem subscreveu este tipo de aviso e não o desactivou; os restantes só o recebem como mensagem na aplicação.',
  finished: 'Envio concluído',
  awaitingApproval:
    'Um envio a todos precisa da aprovação de outro administrador: aguarda na mesa de trabalho e quem o aprovar envia-o.',
  forbidden: 'Só o pessoal de envio e os administradores podem enviar avisos.',
  signIn: 'Entrar',
  accountNames: 'Nomes de conta dos utilizadores afectados (separados por vírgulas ou espaços)',
  announce: {
    title: 'Publicar um aviso de manutenção ou de alteração do serviço',
    intro:
      'Desde a publicação até à hora de fim, o aviso aparece na faixa da página inicial para todos (incluindo visitantes), e todos os utilizadores recebem uma mensagem. Publique-o antes do início.',
    typeLabel: 'Tipo de aviso',
    types: { maintenance: 'Manutenção do sistema', 'service-change': 'Alteração do serviço' },
    startsLabel: 'Início (hora de Pequim, p. ex. 2027-01-10 22:00)',
    endsLabel: 'Fim (hora de Pequim)',
    badTime: 'Indique a hora de Pequim no formato “2027-01-10 22:00”',
    publish: 'Publicar aviso',
    published: (when: string) => `Aviso publicado; visível até ${when}`,
    awaitingApproval:
      'Aviso submetido: aparece no início e chega a todos depois de outro administrador o aprovar na mesa de trabalho.',
    forbidden: 'Só os administradores podem publicar avisos.',
  },
  confirmAnnounce: {
    title: 'Publicar o aviso?',
    content:
      'Aparecerá na página inicial para todos e todos os utilizadores recebem uma mensagem. Não pode ser retirado.',
    confirmText: 'Publicar',
    cancelText: 'Cancelar',
    destructive: true,
    done: 'Publicado',
  },
  confirmIncident: {
    title: 'Enviar o aviso de incidente de segurança?',
    content:
      'Segue para os utilizadores escolhidos como mensagem e, onde o autorizaram, como mensagem de subscrição do WeChat. Não o podem desactivar e não pode ser retirado.',
    confirmText: 'Enviar',
    cancelText: 'Cancelar',
    destructive: true,
    done: 'Enviado',
  },
};
