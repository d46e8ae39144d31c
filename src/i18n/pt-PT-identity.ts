import type { Catalog } from './catalog';
import type { zhCNIdentity } from './zh-CN-identity';

/** The real-name check screens' strings (zh-CN-identity.ts) in European Portuguese. */
export const ptPTIdentity: Catalog<typeof zhCNIdentity> = {
  title: 'Verificar o nome real',
  intro:
    'Alguns assuntos, o registo de empresas e as autorizações de representantes exigem o nome real verificado (nível 2).',
  current: (level: string) => `O seu nível de verificação: ${level}`,
  verified: 'O seu nome real está verificado: pode tratar dos assuntos que o exigem.',
  faceRoute: 'Registou um BI de residente do Interior: verifique o nome real com a verificação facial do WeChat.',
  toFace: 'Iniciar verificação facial',
  photoRoute:
    'A verificação facial do WeChat só aceita BI de residente do Interior. Fotografe o documento registado (fotografia e número nítidos, nada tapado) e envie a fotografia: um funcionário verifica o nome e o número, e a fotografia é apagada após a decisão.',
  takePhoto: 'Fotografar o documento',
  pickPhoto: 'Escolher do álbum',
  photoChosen: (name: string) => `Escolhido: ${name}`,
  submit: 'Enviar para verificação',
  pending: (time: string) =>
    `Enviado às ${time}; a aguardar a verificação por um funcionário. O resultado será comunicado nas Minhas mensagens.`,
  approved: 'Um funcionário verificou o seu documento: o nome real está verificado.',
  refused: (reason: string) => `Não verificado: ${reason}. Tire uma nova fotografia conforme indicado e envie de novo.`,
  refusedNoReason: 'Não verificado. Tire uma nova fotografia e envie de novo.',
  signedOut: 'Entre na conta antes de verificar o nome real.',
  toProfile: 'Voltar à minha conta',
  entry: 'Verificar o meu nome real',
  staff: {
    title: 'Verificações de nome real',
    entry: 'Verificações de nome real',
    intro:
      'Ao abrir uma verificação, ela fica a seu cargo: só o senhor vê a fotografia e decide; a fotografia é apagada com a decisão.',
    empty: 'Não há documentos a aguardar verificação',
    submittedAt: 'Enviado',
    taken: 'Atribuída a um funcionário',
    open: 'Abrir verificação',
    realName: 'Nome registado',
    documentNumber: 'Número do documento registado',
    noPhoto: 'Fotografia indisponível',
    photo: 'Fotografia do documento entregue pelo requerente',
    comment: 'Explicação (obrigatória ao recusar; comunicada ao requerente)',
    commentPlaceholder: 'p. ex. fotografia desfocada',
    approve: 'Verificado',
    refuse: 'Recusar',
    commentRequired: 'Escreva uma explicação ao recusar',
    back: 'Voltar à lista',
  },
  confirmApprove: {
    title: 'Confirmar a verificação?',
    content:
      'Confirme que o nome e o número na fotografia coincidem com o registo. A conta passa ao nível 2 e a fotografia é apagada.',
    confirmText: 'Validar',
    cancelText: 'Voltar',
    done: 'Verificado',
  },
  confirmRefuse: {
    title: 'Recusar a verificação?',
    content: 'O requerente recebe a sua explicação, a fotografia é apagada e pode enviar de novo.',
    confirmText: 'Recusar',
    cancelText: 'Voltar',
    done: 'Requerente informado',
  },
  impersonator: {
    title: 'Encerrar uma conta que usa o documento de outrem',
    intro:
      'Só quando o titular do documento o reivindicou, ou provou ao balcão que esta conta usa o seu documento. O encerramento liberta o documento para o titular se registar.',
    reason: 'Motivo (registado na auditoria e comunicado à conta)',
    submit: 'Encerrar esta conta',
  },
  confirmClose: {
    title: 'Encerrar esta conta?',
    content: 'A conta é encerrada e as informações pessoais apagadas ou anonimizadas. Não é reversível.',
    confirmText: 'Encerrar',
    cancelText: 'Cancelar',
    done: 'Conta encerrada',
  },
  claim: {
    offer: 'Este documento é meu: quero reivindicá-lo',
    explain:
      'Outra conta registou este documento. Se for seu, pode reivindicá-lo: a sua conta é criada por agora sem o documento; quando o nome real for verificado (verificação facial para BI do Interior, ou fotografia do documento verificada por funcionários) o documento passa a ser seu, e a outra conta é congelada até os funcionários a verificarem e encerrarem.',
    submit: 'Reivindicar e registar',
  },
};
