export { ptPTNoticeRoles } from './role-names';
import type { NoticeTexts } from './zh-MO';

const HOTLINE = 'Se discordar, ligue para a linha de serviço 0756-8841889.';
const request = (status: string, sentence: string) => ({
  title: `{matter}: ${status}`,
  body: `O seu pedido (n.º {number}) ${sentence}.[ Nota: {comment}]`,
});
const accountStatus = (title: string) => ({ title, body: `Motivo: {reason}[, até {until}]. ${HOTLINE}` });
const rolesProposal = (title: string, outcome: string) => ({
  title: `Proposta de atribuição de funções ${title}`,
  body: `Propôs atribuir a função «{roles}» à conta {account}; ${outcome}.[ Nota: {reason}]`,
});
const pushProposal = (title: string, outcome: string) => ({
  title: `Proposta de envio a todos ${title}`,
  body: `Propôs enviar «{title}» a todos os utilizadores; ${outcome}.[ Nota: {reason}]`,
});
const anomaly = (rule: string) => ({
  title: 'Alerta de auditoria: actividade invulgar',
  body: `[O funcionário {staff}][Um chamador sem sessão iniciada, {caller},] ${rule} {count} pessoas na hora a partir de {windowStart}, acima do limiar de alerta de {limit}. Verifique o registo de auditoria.`,
});
const decided = (body: string) => ({ title: 'A sua denúncia foi tratada', body });
const reported = (title: string) => ({ title, body: `Motivo: {note}. ${HOTLINE}` });

export const ptPTNotices: NoticeTexts = {
  'security.password-changed': {
    title: 'Palavra-passe alterada',
    body: 'A palavra-passe da sua conta Qin Yi Ban foi alterada e todas as sessões foram terminadas. Se não foi o próprio, ligue de imediato para a linha de serviço.',
  },
  'security.sign-in-elsewhere': {
    title: 'Alerta de início de sessão',
    body: 'Em {time}, alguém tentou iniciar sessão na sua conta Qin Yi Ban a partir de outro WeChat com a palavra-passe correcta e foi recusado. Se não foi o próprio, altere já a palavra-passe.',
  },
  'security.password-attempts': {
    title: 'Alerta de segurança da conta',
    body: 'Por volta de {time}, alguém tentou várias vezes palavras-passe erradas na sua conta Qin Yi Ban a partir de outro WeChat e foi bloqueado temporariamente. O seu próprio WeChat não é afectado; se receia que a palavra-passe tenha sido divulgada, altere-a.',
  },
  'security.account-frozen': {
    title: 'Conta congelada',
    body: 'Em {time}, comunicou no WeChat associado que a sua conta foi roubada. A conta está congelada e todas as sessões foram terminadas. Para a descongelar, faça a verificação facial neste WeChat ou dirija-se a um balcão de atendimento com o seu documento de identificação.',
  },
  'security.account-unfrozen': {
    title: 'Conta descongelada',
    body: 'Em {time}, descongelou a sua conta com a verificação facial. Recomendamos que altere já a palavra-passe.',
  },
  'security.rebound': {
    title: 'Conta associada a um novo WeChat',
    body: 'Após a verificação facial, a sua conta Qin Yi Ban ficou associada a um novo WeChat; o WeChat anterior já não pode iniciar sessão. Se não foi o próprio, ligue de imediato para a linha de serviço.',
  },
  'account.cancellation-requested': {
    title: 'Pedido de cancelamento enviado',
    body: 'A sua conta será cancelada em {effectiveAt} e os seus dados pessoais serão então apagados ou anonimizados. Se iniciar sessão antes dessa data, o pedido é retirado.',
  },
  'account.cancellation-withdrawn': {
    title: 'Pedido de cancelamento retirado',
    body: 'Iniciou sessão durante o período de reflexão: o pedido de cancelamento foi retirado e a conta continua activa.',
  },
  'account.claim-frozen': {
    title: 'Conta congelada',
    body: `O documento de identificação desta conta foi verificado e reclamado pelo seu titular, pelo que esta conta está congelada. Dirija-se a um balcão de atendimento com o seu próprio documento para esclarecer a situação. ${HOTLINE}`,
  },
  'account.status.active': accountStatus('Conta reposta'),
  'account.status.restricted': accountStatus('Conta com utilização restrita'),
  'account.status.suspended': accountStatus('Conta suspensa'),
  'account.status.banned': accountStatus('Conta bloqueada'),
  'account.status.frozen': accountStatus('Conta congelada'),
  'account.closed': { title: 'Conta cancelada', body: 'Motivo: {reason}' },
  'account.document-claim': {
    title: 'A conta que usava o seu documento foi cancelada',
    body: 'Os funcionários verificaram e cancelaram a outra conta registada com o seu documento de identificação.',
  },
  'identity-review.approved': {
    title: 'Verificação de identidade aprovada',
    body: 'Os funcionários verificaram o seu documento: a sua conta tem o nome verificado (nível 2). A fotografia do documento foi apagada.',
  },
  'identity-review.rejected': {
    title: 'Verificação de identidade não aprovada',
    body: 'Os funcionários não conseguiram verificar o seu documento; a fotografia do documento foi apagada. Nota: {comment}. Tire uma nova fotografia e envie-a novamente.',
  },
  'proposal.roles.approved': rolesProposal('aprovada', 'foi aprovada e está em vigor'),
  'proposal.roles.refused': rolesProposal('não aprovada', 'não foi aprovada'),
  'proposal.roles.expired': rolesProposal('caducada', 'ninguém a aprovou em 24 horas e caducou'),
  'proposal.push.approved': pushProposal('aprovada', 'foi aprovada e está em vigor'),
  'proposal.push.refused': pushProposal('não aprovada', 'não foi aprovada'),
  'proposal.push.expired': pushProposal('caducada', 'ninguém a aprovou em 24 horas e caducou'),
  'request.status.submitted': request('enviado, a aguardar aceitação', 'foi enviado e aguarda aceitação'),
  'request.status.accepted': request('aceite', 'foi aceite'),
  'request.status.supplement_requested': request('faltam documentos', 'precisa de documentos adicionais'),
  'request.status.resubmitted': request('completado, a aguardar análise', 'foi completado e aguarda análise'),
  'request.status.approved': request('concluído (deferido)', 'foi concluído e deferido'),
  'request.status.rejected': request('indeferido', 'foi indeferido'),
  'request.status.delivered': request('entregue', 'foi entregue'),
  'request.status.closed': request('arquivado', 'foi arquivado'),
  'request.status.withdrawn': request('retirado', 'foi retirado'),
  'agent-grant.approved': {
    title: 'Autorização de representante aprovada',
    body: 'O seu pedido para representar {enterprise} foi aprovado.[ Nota: {comment}]',
  },
  'agent-grant.refused': {
    title: 'Autorização de representante não aprovada',
    body: 'O seu pedido para representar {enterprise} não foi aprovado.[ Nota: {comment}]',
  },
  'agent-grant.revoked': {
    title: 'Autorização de representante revogada',
    body: 'A sua autorização para representar {enterprise} foi revogada. Motivo: {reason}',
  },
  'enterprise.taken-over': {
    title: 'Registo da empresa assumido pelo representante legal',
    body: 'O registo comercial mostra que o representante legal de {enterprise} ({uscc}), que registou, é outra pessoa. O registo foi assumido por esse representante legal e as suas autorizações em nome da empresa foram revogadas. Se discordar, contacte a Direcção dos Serviços Comerciais.',
  },
  'privacy.correction.approved': { title: 'O seu pedido de retificação foi tratado', body: '{reply}' },
  'privacy.correction.refused': { title: 'O seu pedido de retificação foi recusado', body: '{reply}' },
  'privacy.deletion.approved': { title: 'O seu pedido de apagamento foi tratado', body: '{reply}' },
  'privacy.deletion.refused': { title: 'O seu pedido de apagamento foi recusado', body: '{reply}' },
  'privacy.question.approved': { title: 'A sua pergunta sobre os seus dados foi respondida', body: '{reply}' },
  'privacy.question.refused': { title: 'A sua pergunta sobre os seus dados foi recusada', body: '{reply}' },
  'policy.published': {
    title: '《{document}》 será atualizado em {effectiveDate}',
    body: 'O que muda: {summary} A nova versão ({version}) entra em vigor em {effectiveDate}.',
  },
  'policy.published-reconsent': {
    title: '《{document}》 será atualizado em {effectiveDate}',
    body: 'O que muda: {summary} A nova versão ({version}) entra em vigor em {effectiveDate}. Quando voltar a abrir o Qin Yi Ban depois dessa data, leia-a e aceite-a novamente; se não concordar, pode pedir o cancelamento da conta.',
  },
  'audit.anomaly.reveals': anomaly('mostrou os dados pessoais completos de'),
  'audit.anomaly.reads': anomaly('consultou os dados pessoais de'),
  'audit.anomaly.exports': anomaly('enviou (exportou) os contactos de'),
  'audit.anomaly.sign-in-failures': anomaly('falhou o início de sessão nas contas de'),
  'feedback.answered': { title: 'A sua opinião tem resposta', body: '{reply}' },
  'feedback.image-withdrawn': {
    title: 'Uma imagem que carregou foi retirada',
    body: 'Uma imagem que carregou com a sua opinião não passou a verificação de segurança de conteúdos e foi apagada; o texto da sua opinião não é afectado. Para acrescentar material, envie uma imagem sem esse tipo de conteúdo.',
  },
  'report.decided.dismiss': decided(
    'Não encontrámos no conteúdo denunciado qualquer violação do acordo de utilizador, pelo que desta vez não foi tomada nenhuma medida. Obrigado pela sua atenção.',
  ),
  'report.decided.warn': decided(
    'A denúncia foi confirmada e a conta em causa recebeu uma advertência. Obrigado pela sua atenção.',
  ),
  'report.decided.remove': decided(
    'A denúncia foi confirmada e o conteúdo em causa foi apagado ou ocultado. Obrigado pela sua atenção.',
  ),
  'report.decided.restrict': decided(
    'A denúncia foi confirmada e a utilização da conta em causa foi restringida. Obrigado pela sua atenção.',
  ),
  'report.decided.freeze': decided(
    'A conta que comunicou como roubada está congelada e todas as sessões foram terminadas. O titular pode descongelá-la com a verificação facial no WeChat associado ou num balcão de atendimento com o seu documento de identificação.',
  ),
  'report.warned': reported('Recebeu uma advertência'),
  'report.restricted': reported('Conta com utilização restrita'),
  'report.removed': reported('Um conteúdo que carregou foi apagado'),
  'report.frozen': {
    title: 'Conta congelada',
    body: 'Alguém comunicou que esta conta foi roubada: está congelada e todas as sessões foram terminadas. Motivo: {note}. Para a descongelar, faça a verificação facial no WeChat associado ou dirija-se a um balcão de atendimento com o seu documento de identificação.',
  },
};
