import type { ReportKind, ReportOutcome, ReportReason } from '../../cloudfunctions/lib/contract/reports';
import type { Catalog } from './catalog';
import type { zhCNReports } from './zh-CN-reports';

const CANCEL = 'Cancelar';

/** Denúncias e as filas de opiniões e denúncias do pessoal (zh-CN-reports.ts), em português europeu. */
export const ptPTReports: Catalog<typeof zhCNReports> = {
  kinds: { account: 'Conta', message: 'Mensagem', content: 'Conteúdo carregado' } satisfies Record<ReportKind, string>,
  reasons: {
    illegal: 'Ilegal ou contra as regras',
    fraud: 'Burla ou usurpação de identidade',
    harassment: 'Assédio ou insultos',
    privacy: 'Divulga informação de outras pessoas',
    compromised: 'Conta roubada',
    other: 'Outro',
  } satisfies Record<ReportReason, string>,
  outcomes: {
    dismiss: 'Sem seguimento',
    warn: 'Advertência',
    remove: 'Remover conteúdo',
    restrict: 'Restringir conta',
    freeze: 'Congelar conta',
  } satisfies Record<ReportOutcome, string>,
  entry: {
    link: 'Denunciar uma conta ou conteúdo',
    title: 'Denúncia',
    intro:
      'Nos termos do artigo 5.9 do acordo de utilizador pode denunciar contas, mensagens ou conteúdos que violem o acordo. Após verificação, informamos o resultado nas suas mensagens.',
    kind: 'O que denuncia',
    target: { account: 'Nome da conta', message: 'Número da mensagem', content: 'Número do conteúdo' } satisfies Record<
      ReportKind,
      string
    >,
    reason: 'Motivo',
    text: 'Pormenores (opcional)',
    submit: 'Enviar denúncia',
    sent: 'Denúncia enviada. Informamos o resultado nas suas mensagens.',
    stolen: 'A minha conta foi roubada',
    stolenIntro:
      'Outra pessoa está a usar a sua conta e já não consegue entrar? Indique o nome da conta roubada e como o contactar. Depois de verificar, o pessoal congela a conta e comunica-lhe o resultado.',
    contact: 'Contacto',
    contactPlaceholder: 'Telemóvel ou e-mail',
    stolenSubmit: 'Comunicar conta roubada',
    stolenSent:
      'Comunicação enviada. Depois de verificar, o pessoal congela a conta e comunica-lhe o resultado pelo contacto indicado.',
  },
  feedbackQueue: {
    title: 'Opiniões e reclamações',
    empty: 'Não há opiniões pendentes.',
    escalated: 'Em atraso',
    due: 'Responder até',
    guest: 'Visitante',
    contact: 'Contacto',
    assignee: 'Tratado por',
    unassigned: 'Não atribuído',
    assign: 'Atribuir-me',
    reply: 'Responder',
    replyPlaceholder: 'Resposta (enviada para as mensagens da pessoa)',
    close: 'Encerrar',
    unverified:
      'Uma reclamação sobre informação pessoal só pode ser respondida depois de verificada a identidade do reclamante: não concluiu a verificação facial nem teve o documento verificado por funcionário (os dados do documento indicados no registo não provam quem é). Peça-lhe que conclua a verificação facial em A minha conta, ou que um funcionário verifique o documento.',
  },
  reportQueue: {
    title: 'Denúncias',
    empty: 'Não há denúncias pendentes.',
    flagged: 'Urgente: a conta pode ter sido roubada',
    notePlaceholder: 'Nota sobre a decisão (comunicada à pessoa em caso de advertência ou restrição)',
    noteRequired: 'Escreva primeiro uma nota sobre a decisão',
  },
  decideReport: {
    title: 'Decidir esta denúncia?',
    content:
      'O denunciante é informado do resultado e este fica no registo de auditoria; não pode ser alterado depois.',
    confirmText: 'Decidir',
    cancelText: CANCEL,
    destructive: true,
    done: 'Decidida',
  },
  closeFeedback: {
    title: 'Encerrar esta opinião?',
    content: 'Depois de encerrada, deixa de aparecer na fila de pendentes.',
    confirmText: 'Encerrar',
    cancelText: CANCEL,
    destructive: false,
    done: 'Encerrada',
  },
};
