import type { Catalog } from './catalog';
import type { zhCNUploads } from './zh-CN-uploads';

/** The "My uploads" screen's strings (zh-CN-uploads.ts) in European Portuguese. */
export const ptPTUploads: Catalog<typeof zhCNUploads> = {
  entry: 'Os meus ficheiros enviados',
  title: 'Os meus ficheiros enviados',
  intro:
    'Os ficheiros que enviou e que passaram a verificação. Ao eliminar um ficheiro, este é também removido do armazenamento na nuvem; não é possível anular.',
  purposes: {
    material: 'Documento do pedido',
    supplement: 'Documento complementar',
    authorisation: 'Procuração',
    feedback: 'Anexo de opinião',
    result: 'Documento de resultado',
    'service-logo': 'Logótipo de serviço de terceiros',
  },
  uploadedAt: 'Enviado em',
  inUse: 'Entregue com um pedido: conservado com o respetivo registo, como exigido; não pode ser eliminado aqui',
  remove: 'Eliminar',
  empty: 'Ainda não enviou nenhum ficheiro',
  signedOut: 'Inicie sessão para ver os ficheiros que enviou',
  confirm: {
    title: 'Eliminar este ficheiro?',
    content: 'O ficheiro é removido do armazenamento na nuvem e não pode ser recuperado.',
    confirmText: 'Apagar',
    cancelText: 'Não',
    destructive: true,
    done: 'Eliminado',
  },
};
