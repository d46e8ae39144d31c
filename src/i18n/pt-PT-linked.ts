import type { Catalog } from './catalog';
import type { zhCNLinked } from './zh-CN-linked';

/** The linked-accounts screen's strings (zh-CN-linked.ts) in European Portuguese. */
export const ptPTLinked: Catalog<typeof zhCNLinked> = {
  entry: 'Contas associadas',
  /** Outside platforms by id, in the UI language (the cloud's name is the fallback). */
  providers: { yuexinqian: 'Yuexinqian' },
  intro:
    'Depois de associar uma conta externa (por exemplo, Yuexinqian), pode iniciar sessão no Qin Yi Ban com ela. Uma conta externa só pode ser associada a uma conta Qin Yi Ban e pode desassociá-la a qualquer momento.',
  password: 'Palavra-passe',
  passwordHint: 'A sua palavra-passe Qin Yi Ban',
  passwordNeeded: 'Introduza primeiro a palavra-passe do Qin Yi Ban',
  link: 'Associar',
  linkedAt: 'Associada em',
  unlink: 'Desassociar',
  empty: 'Ainda não associou nenhuma conta externa',
  noProviders: 'Ainda não há plataformas para associar',
  signedOut: 'Inicie primeiro sessão na sua conta Qin Yi Ban',
  unlinkConfirm: {
    title: 'Desassociar',
    content: 'Depois de desassociar, deixa de poder iniciar sessão no Qin Yi Ban com esta conta externa.',
    confirm: 'Sim',
    cancel: 'Não',
  },
  unlinkedToast: 'Desassociada',
  signInWith: (platform: string) => `Iniciar sessão com conta associada (${platform})`,
  signInHint:
    'Se associou uma conta externa no centro de privacidade, pode iniciar sessão com ela; este WeChat tem de continuar a ser o associado a essa conta Qin Yi Ban.',
  callback: {
    finishing: 'A confirmar a conta externa…',
    declined: 'Cancelou na plataforma; nada foi associado e não iniciou sessão.',
    incomplete: 'A plataforma não devolveu resultado; comece de novo.',
    linkedToast: 'Associada',
    signedInToast: 'Sessão iniciada',
    toSignIn: 'Voltar ao início de sessão',
    toLinked: 'Ir para contas associadas',
  },
};
