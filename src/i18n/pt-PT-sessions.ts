import type { Catalog } from './catalog';
import type { zhCNSessions } from './zh-CN-sessions';

/** As minhas sessões e "a minha conta foi roubada" de zh-CN-sessions.ts, em português europeu. */
export const ptPTSessions: Catalog<typeof zhCNSessions> = {
  title: 'As minhas sessões',
  intro:
    'Estas são as sessões activas da sua conta. Se não reconhecer um dispositivo, termine a sessão dele e altere a palavra-passe.',
  current: 'Este dispositivo',
  unknownDevice: 'Dispositivo desconhecido',
  started: (at) => `Entrada em ${at}`,
  lastUsed: (at) => `Última utilização ${at}`,
  end: 'Terminar esta sessão',
  endOthers: 'Terminar todas as outras sessões',
  none: 'Não há outras sessões',
  confirmEnd: {
    title: 'Terminar esta sessão?',
    content: 'Esse dispositivo sairá da conta e terá de entrar de novo para usar os serviços.',
    confirmText: 'Terminar',
    cancelText: 'Cancelar',
    destructive: true,
    done: 'Sessão terminada',
  },
  confirmEndOthers: {
    title: 'Terminar todas as outras sessões?',
    content: 'Todos os dispositivos, excepto este, sairão da conta.',
    confirmText: 'Terminar todas',
    cancelText: 'Cancelar',
    destructive: true,
    done: 'Outras sessões terminadas',
  },
  stolenTitle: 'Conta roubada',
  stolenIntro:
    'Se achar que outra pessoa está a usar a sua conta, congele já a conta: todas as sessões terminam e ninguém (nem o titular) pode entrar nem usar serviços até a descongelar por verificação facial, ou num balcão de atendimento com o seu documento de identificação.',
  stolenAction: 'A minha conta foi roubada: congelar já',
  confirmFreeze: {
    title: 'Congelar a conta já?',
    content: 'Todas as sessões terminam e a conta não pode entrar nem usar serviços até ser descongelada.',
    confirmText: 'Congelar',
    cancelText: 'Cancelar',
    destructive: true,
    done: 'Conta congelada',
  },
  frozen:
    'A conta está congelada. Para a descongelar, faça a verificação facial neste WeChat, ou dirija-se a um balcão de atendimento com o seu documento de identificação.',
  reportOther:
    'A conta não está consigo? Noutro WeChat também pode comunicar "a minha conta foi roubada" aos funcionários',
};
