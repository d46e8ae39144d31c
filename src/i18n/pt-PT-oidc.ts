import type { OidcScopeName } from '../../cloudfunctions/lib/contract/oidc';
import type { Catalog } from './catalog';
import type { zhCNOidc } from './zh-CN-oidc';

/** Iniciar sessão noutros serviços com a conta Qin Yi Ban (zh-CN-oidc.ts), em português europeu. */
export const ptPTOidc: Catalog<typeof zhCNOidc> = {
  entry: 'Serviços de terceiros autorizados',
  consentTitle: 'Iniciar sessão com a conta Qin Yi Ban',
  asks: (service: string) => `«${service}» pede para iniciar sessão com a sua conta Qin Yi Ban e receber:`,
  scopes: {
    openid:
      'A confirmação de que é o mesmo utilizador do Qin Yi Ban (sem nome; cada serviço vê um identificador diferente)',
    profile: 'O nome da conta e o seu nome, parcialmente ocultado',
    phone: 'O número de telemóvel, parcialmente ocultado',
    real_name: 'O seu nome verdadeiro verificado e o nível de verificação de identidade',
    enterprise:
      'O nome e o código unificado de crédito social das empresas que representa legalmente ou por autorização',
  } satisfies Record<OidcScopeName, string>,
  theirTerms: 'Este serviço é prestado pelo seu próprio operador, não pelo Qin Yi Ban. Leia os termos do serviço:',
  terms: 'Acordo de utilizador',
  privacy: 'Política de privacidade',
  accept: (service: string) => `Li e aceito o acordo de utilizador e a política de privacidade de «${service}»`,
  approve: 'Autorizar',
  refuse: 'Recusar',
  mustAccept: 'Assinale primeiro que aceita o acordo de utilizador e a política de privacidade do serviço',
  approved: 'Autorizado. Volte ao serviço para continuar.',
  refused: 'Recusado. O serviço não recebe nenhuma informação sua.',
  loading: 'A ler o pedido de autorização…',
  noRequest: 'Não há pedidos de autorização pendentes. Recomece a partir do serviço em que quer iniciar sessão.',
  revokeAnytime:
    'Pode retirar a autorização a qualquer momento em Centro de privacidade → Serviços de terceiros autorizados.',
  listTitle: 'Serviços de terceiros autorizados',
  listEmpty: 'Ainda não autorizou nenhum serviço a usar a sua conta Qin Yi Ban para iniciar sessão.',
  received: 'Pode receber:',
  grantedAt: 'Autorizado em',
  lastIssuedAt: 'Última receção',
  revokedAt: 'Retirado em',
  revoke: 'Retirar autorização',
  revokeConfirm: {
    title: 'Retirar autorização',
    content:
      'As credenciais de sessão do serviço deixam de valer de imediato e o serviço não pode receber mais informação sua. Peça ao serviço que apague o que já recebeu.',
    confirm: 'Retirar',
    cancel: 'Cancelar',
  },
  linkCopied: 'Ligação copiada. Abra-a num navegador para a ler.',
  revokedToast: 'Retirada',
  signedOut: 'Inicie primeiro sessão na sua conta Qin Yi Ban.',
  scan: {
    button: 'Ler código para entrar num serviço web',
    hint: 'Quando um serviço web mostrar um código QR «entrar com Qin Yi Ban», toque aqui para o ler e verifique o serviço e o que pede antes de autorizar.',
    notOurs: 'Este não é um código QR de início de sessão Qin Yi Ban; leia o código que o serviço web mostra',
    failed: 'Não foi possível ler o código; tente de novo',
  },
};
