import type { Catalog } from './catalog';
import type { zhCNStaffFactor } from './zh-CN-staff-factor';

/** Verificação em dois passos of zh-CN-staff-factor.ts, in European Portuguese. */
export const ptPTStaffFactor: Catalog<typeof zhCNStaffFactor> = {
  title: 'Verificação em dois passos',
  loading: 'A carregar…',
  notStaff: 'A verificação em dois passos é só para funcionários; a sua conta não precisa dela.',
  enrolled:
    'A verificação em dois passos está configurada. Ao iniciar sessão e antes de ver dados pessoais completos, introduza o código de 6 dígitos da aplicação autenticadora.',
  notEnrolled:
    'A verificação em dois passos ainda não está configurada. Os funcionários têm de a configurar antes de qualquer trabalho.',
  start: 'Configurar',
  steps:
    '1. Abra uma aplicação autenticadora no telemóvel (p. ex. Tencent Authenticator, Google Authenticator); 2. adicione uma conta com a chave abaixo ou abra a ligação; 3. introduza o código de 6 dígitos que a aplicação mostra.',
  secretLabel: 'Chave (mostrada só esta vez)',
  copySecret: 'Copiar chave',
  copyLink: 'Copiar ligação',
  copied: 'Copiado',
  code: 'Código de verificação',
  codePlaceholder: 'Os 6 dígitos do autenticador',
  codeNeeded: 'Introduza primeiro o código de 6 dígitos',
  confirm: 'Confirmar',
  done: 'Configurada',
  busy: 'A verificar…',
  promptTitle: 'Verificação em dois passos',
  promptIntro:
    'Introduza o código atual de 6 dígitos da aplicação autenticadora; o que estava a fazer continua a seguir.',
  verify: 'Verificar e continuar',
  cancel: 'Cancelar',
  toEnrol: 'Configurar a verificação em dois passos',
  deskEnrol: 'Verificação em dois passos: por configurar, toque para configurar',
  deskEnrolled: 'Verificação em dois passos: configurada',
  signInCodeIntro: 'É funcionário: introduza também o código de 6 dígitos da aplicação autenticadora.',
};
