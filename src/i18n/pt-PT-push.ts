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
  },
  audienceLabel: 'Destinatários',
  audiences: {
    person: 'Um utilizador',
    matter: 'Requerentes de um assunto',
    policy: 'Quem aceitou uma versão de um documento',
    everyone: 'Todos os utilizadores',
  },
  accountName: 'Nome da conta do utilizador',
  matterCode: 'Código do assunto',
  policyDocument: 'Documento (user-agreement ou privacy-policy)',
  policyVersion: 'Versão',
  create: 'Pré-visualizar',
  audienceSize: (n: number) => `Vai para ${n} pessoas`,
  previewWechat: 'Pré-visualização da mensagem de subscrição do WeChat',
  send: 'Enviar',
  progress: (done: number, total: number) => `Tratados ${done} / ${total}`,
  counts: (sent: number, skipped: number, failed: number) =>
    `Enviados ${sent} · ignorados ${skipped} · falhados ${failed}`,
  finished: 'Envio concluído',
  forbidden: 'Só o pessoal de envio e os administradores podem enviar avisos.',
  signIn: 'Entrar',
};
