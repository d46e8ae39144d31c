import type { Catalog } from './catalog';
import type { zhCNFields } from './zh-CN-fields';

/** What each text field says before anything is typed (zh-CN-fields.ts), in European Portuguese. */
export const ptPTFields: Catalog<typeof zhCNFields> = {
  push: {
    title: 'p. ex. Horário de feriado',
    body: 'O que aconteceu e o que muda',
    account: 'Nome de conta da pessoa',
    accounts: 'Nomes de conta, separados por vírgulas ou espaços',
    matter: 'Código do serviço',
    document: 'Identificador do documento',
    version: 'p. ex. 2.0',
    starts: 'p. ex. 2027-01-10 22:00',
    ends: 'p. ex. 2027-01-11 06:00',
  },
  apply: {
    contact: 'Nome de quem faz o pedido',
    mobile: 'Número de telemóvel',
    address: 'Província, cidade, distrito e morada',
    text: 'Escreva aqui',
    number: 'Um número',
    amount: 'Um montante',
    uscc: 'Código de 18 caracteres',
  },
  request: { commentLabel: 'Nota (opcional)', comment: 'Explique ao funcionário os documentos que junta' },
  enterprise: {
    uscc: 'Código de 18 caracteres',
    name: 'Como na licença comercial',
    representative: 'Nome do representante legal',
    documentNumber: 'Número do documento',
    revokeReason: 'Motivo da revogação (será comunicado ao requerente)',
  },
  report: { target: 'Conteúdo ou conta que denuncia', text: 'O que aconteceu, em resumo' },
  feedback: { label: 'A sua opinião' },
  rights: {
    password: 'A sua palavra-passe',
    realName: 'O seu nome como no documento',
    documentNumber: 'O número do seu documento',
    reason: 'O motivo, em poucas palavras',
    what: 'Que informações eliminar',
    question: 'A sua pergunta',
  },
  staff: {
    comment: 'O seu parecer para o requerente',
    tracking: 'Número de seguimento da encomenda',
    grantLabel: 'Parecer (opcional)',
    grant: 'O seu parecer para a empresa',
    replyLabel: 'Resposta',
    noteLabel: 'Nota de tratamento',
    reasonLabel: 'Motivo',
    untilLabel: 'Suspensa até',
    accountName: 'Nome de conta a procurar',
    actor: 'Nome de conta do funcionário',
    subject: 'Nome de conta da pessoa',
    privacyReply: 'O resultado, ou o motivo da recusa',
  },
};
