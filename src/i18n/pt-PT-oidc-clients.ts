import type { OidcScopeName } from '../../cloudfunctions/lib/contract/oidc';
import type { Catalog } from './catalog';
import type { zhCNOidcClients } from './zh-CN-oidc-clients';

/** Registar os serviços que iniciam sessão com uma conta Qin Yi Ban (zh-CN-oidc-clients.ts), em português. */
export const ptPTOidcClients: Catalog<typeof zhCNOidcClients> = {
  intro:
    'Registe os serviços de terceiros que podem iniciar sessão com uma conta Qin Yi Ban. Cada serviço tem de indicar os seus próprios termos de utilização e política de privacidade, que as pessoas veem antes de autorizar.',
  listTitle: 'Serviços registados',
  empty: 'Ainda não há nenhum serviço registado.',
  clientId: 'ID do serviço',
  redirectUris: 'Endereços de retorno',
  miniPrograms: 'AppID de miniprogramas',
  scopes: 'Pode pedir',
  /** Between a label and its value, and between the items of a list, as this language writes them. */
  colon: ': ',
  listSeparator: ', ',
  createdAt: 'Registado em',
  disabledAt: 'Desativado',
  active: 'Em uso',
  disable: 'Desativar',
  confirmDisable: {
    title: 'Desativar este serviço',
    content:
      'Depois de desativado, o serviço deixa de poder iniciar sessões, trocar ou renovar tokens e ler os dados de qualquer pessoa. Não pode ser anulado.',
    confirmText: 'Desativar',
    cancelText: 'Cancelar',
    done: 'Desativado',
  },
  logo: 'Logótipo',
  logoHint:
    'Opcional: imagem PNG ou JPEG até 200 KB, de preferência quadrada. O logótipo fica no armazenamento do Qin Yi Ban; a página de consentimento nunca o carrega do servidor do serviço.',
  chooseLogo: 'Escolher imagem',
  logoChosen: 'Logótipo escolhido',
  changeLogo: 'Alterar logótipo',
  logoChanged: 'Logótipo alterado',
  noLogo: 'Sem logótipo',
  logoUnusable: 'Não é possível usar esta imagem; escolha outra imagem PNG ou JPEG',
  addTitle: 'Registar um serviço',
  name: 'Nome do serviço',
  namePlaceholder: 'p. ex. «Serviço de Hengqin»',
  redirectPlaceholder: 'Um por linha, apenas https, p. ex. https://svc.example.com/callback',
  miniProgramsPlaceholder: 'Opcional: os AppID dos miniprogramas do próprio serviço, um por linha',
  termsUrl: 'Endereço dos termos de utilização do serviço',
  privacyUrl: 'Endereço da política de privacidade do serviço',
  urlPlaceholder: 'Endereço completo, com https://',
  scopeNames: {
    openid: 'Identificador de sessão (sempre)',
    profile: 'Nome de conta e nome ocultado',
    phone: 'Telemóvel ocultado',
    real_name: 'Nome real e nível de verificação',
    enterprise: 'Empresas',
  } satisfies Record<OidcScopeName, string>,
  add: 'Registar',
  missing:
    'Indique o nome do serviço, pelo menos um endereço de retorno e os endereços dos seus termos de utilização e política de privacidade',
  added: 'Registado',
  secretTitle: 'Guarde já estas credenciais',
  secretNote:
    'O segredo do serviço só é mostrado esta vez; o Qin Yi Ban guarda apenas o seu resumo. Entregue-o ao operador do serviço por um canal seguro; se o perder, desative o serviço e volte a registá-lo.',
  secret: 'Segredo do serviço',
  secretDone: 'Já o guardei',
};
