import type { Catalog } from './catalog';
import type { zhCNActions } from './zh-CN-actions';

const CANCEL = 'Cancelar';

/** The confirmations and success toasts of zh-CN-actions.ts, in Portuguese (Macao). */
export const ptPTActions: Catalog<typeof zhCNActions> = {
  deleteMessage: {
    title: 'Eliminar esta mensagem?',
    content: 'Não poderá ser recuperada.',
    confirmText: 'Eliminar',
    cancelText: CANCEL,
    destructive: true,
    done: 'Eliminada',
  },
  signOut: {
    title: 'Sair da conta?',
    content: 'Terá de entrar de novo para usar os serviços.',
    confirmText: 'Sair',
    cancelText: CANCEL,
    destructive: true,
    done: 'Saiu',
  },
  requestCancellation: {
    title: 'Pedir o cancelamento da conta?',
    content: 'A conta é cancelada no fim do período de reflexão; entrar antes disso retira o pedido.',
    confirmText: 'Pedir',
    cancelText: CANCEL,
    destructive: true,
    done: 'Pedido feito',
  },
  withdrawRequest: {
    title: 'Retirar este pedido?',
    content: 'Terá de o submeter de novo.',
    confirmText: 'Retirar',
    cancelText: CANCEL,
    destructive: true,
    done: 'Retirado',
  },
  approve: {
    title: 'Deferir?',
    content: 'O requerente será notificado; não pode ser anulado.',
    confirmText: 'Deferir',
    cancelText: CANCEL,
    done: 'Deferido',
  },
  reject: {
    title: 'Indeferir?',
    content: 'O requerente será notificado; não pode ser anulado.',
    confirmText: 'Indeferir',
    cancelText: CANCEL,
    destructive: true,
    done: 'Tratado',
  },
  decide: {
    title: 'Confirmar a decisão?',
    content: 'O requerente será notificado do resultado.',
    confirmText: 'Confirmar',
    cancelText: CANCEL,
    done: 'Decidido',
  },
  deleteFeedback: {
    title: 'Apagar esta opinião?',
    content: 'A opinião, as fotografias e a mensagem de voz serão apagadas e não podem ser recuperadas.',
    confirmText: 'Apagar',
    cancelText: CANCEL,
    destructive: true,
    done: 'Apagada',
  },
  pushToAll: {
    title: 'Enviar a todos?',
    content: 'A mensagem vai para todos os utilizadores subscritos e não pode ser retirada.',
    confirmText: 'Enviar',
    cancelText: CANCEL,
    destructive: true,
    done: 'Enviado',
  },
};
