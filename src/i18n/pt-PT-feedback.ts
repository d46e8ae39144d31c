import type { Catalog } from './catalog';
import type { zhCNFeedback } from './zh-CN-feedback';

/** The feedback subpackage's strings (zh-CN-feedback.ts) in Portuguese as written in Macao. */
export const ptPTFeedback: Catalog<typeof zhCNFeedback> = {
  entry: 'Opiniões e queixas',
  title: 'Opiniões e queixas',
  intro:
    'Envie-nos as suas opiniões sobre o Acordo de Utilizador, a Política de Protecção de Informações Pessoais e os compromissos nelas assumidos, bem como queixas e sugestões. Analisaremos a questão com brevidade e responderemos depois de confirmar a sua identidade de utilizador.',
  category: 'Tipo',
  categories: {
    agreement: 'Acordo de Utilizador',
    privacy: 'Protecção de informações pessoais',
    complaint: 'Queixa',
    suggestion: 'Sugestão',
  },
  text: 'A sua opinião (até 500 caracteres)',
  textPlaceholder: 'A sua opinião ou o problema',
  photos: 'Imagens (facultativo, até 4)',
  fromAlbum: 'Escolher das fotografias',
  fromCamera: 'Tirar fotografia',
  locationNotice: 'Os dados de localização (onde a fotografia foi tirada) são apagados antes do carregamento.',
  keepLocation: 'Manter os dados de localização das fotografias',
  photoLabel: (n: number, location: 'removed' | 'none' | 'not-jpeg' | 'unreadable' | 'kept') =>
    `Imagem ${n}${location === 'removed' ? ' (localização apagada)' : location === 'kept' ? ' (localização mantida)' : ''}`,
  skipped: (n: number) => `${n} fotografia(s) não adicionada(s): não foi possível apagar a localização com segurança.`,
  tooLarge: (n: number) => `${n} ficheiro(s) não adicionado(s): excede(m) o tamanho máximo.`,
  uploading: 'A carregar…',
  removePhoto: 'Eliminar',
  voice: 'Nota de voz (facultativo, uma)',
  /** The names attachments are stored under, shown in 我上传的文件 (the photo's number follows). */
  photoFile: 'Fotografia de opinião ',
  voiceFile: 'Nota de voz de opinião',
  record: 'Toque para começar a gravar',
  stop: 'Parar a gravação',
  recording: 'A gravar…',
  voiceAdded: (seconds: number) => `Nota de voz adicionada, ${seconds} s`,
  removeVoice: 'Eliminar a nota de voz',
  voiceOff: 'O microfone está desligado, pelo que as notas de voz não estão disponíveis; pode enviar texto e imagens.',
  submit: 'Enviar',
  submitBlocked: 'Escreva primeiro a sua opinião',
  submitted: 'Enviado. Obrigado pela sua opinião.',
  mine: 'As minhas opiniões',
  none: 'Ainda sem opiniões',
  remove: 'Apagar esta opinião',
  signInFirst: 'Entre na conta para enviar a sua opinião',
  signIn: 'Entrar',
  attachments: (photos: number, voice: boolean) =>
    [photos > 0 ? `${photos} imagem(ns)` : '', voice ? '1 nota de voz' : ''].filter(Boolean).join(', '),
  reply: (at: string) => `Resposta do pessoal (${at})`,
  statuses: {
    received: 'Recebida',
    'in-progress': 'Em tratamento',
    answered: 'Respondida',
    closed: 'Concluída',
  },
};
