import type { Catalog } from './catalog';
import type { zhCN } from './zh-CN';

/** Every string the UI shows, in Portuguese as written in Macao (pt-PT). Same shape as zh-CN.ts. */
export const ptPT: Catalog<typeof zhCN> = {
  app: {
    name: 'Qin Yi Ban',
    owner: 'Direcção dos Serviços Comerciais da Zona de Cooperação Aprofundada entre Guangdong e Macau em Hengqin',
    serviceLine: '0756-8841889',
  },
  home: {
    welcome: 'Bem-vindo ao Qin Yi Ban',
    subtitle: 'Gestão empresarial, apoio ao desenvolvimento e serviços ao investimento, num só lugar',
    guestNotice:
      'Ainda não aceitou o Acordo de Utilizador e a Política de Protecção de Informações Pessoais; por agora só pode consultar informação pública.',
    reviewAgreement: 'Ler e aceitar o acordo',
    documents: 'Acordos e políticas',
    contact: 'Linha de atendimento',
    region: 'Mudar cidade / região',
    regionDefault: 'Zona de Cooperação de Hengqin',
    regionLocate: 'Usar a localização actual',
    services: 'Serviços',
    myRequests: 'Os meus pedidos',
    staff: 'Balcão do pessoal',
    inbox: 'As minhas mensagens',
    language: 'Idioma',
  },
  agreement: {
    title: 'Acordo de Utilizador e Política de Protecção de Informações Pessoais',
    intro:
      'Leia com atenção todas as cláusulas, em especial as assinaladas a negrito que excluem ou limitam responsabilidades ou limitam os seus direitos. Se não tiver plena capacidade civil, leia-as acompanhado do seu tutor.',
    version: 'Versão',
    effective: 'Em vigor desde',
    contents: 'Índice',
    tick: 'Li e aceito o Acordo de Utilizador e a Política de Protecção de Informações Pessoais',
    agree: 'Aceitar e continuar',
    disagree: 'Não aceitar',
    tickFirst: 'Assinale primeiro a caixa',
    declined:
      'Optou por não aceitar. Pode continuar a consultar informação pública e ler e aceitar a qualquer momento para usar os serviços.',
  },
  policy: {
    notFound: 'Documento não encontrado',
    backToTop: 'Voltar ao topo',
    readingCopyLink: 'Ler a cópia de referência em chinês tradicional',
    readingCopyLabel:
      'Cópia de referência em chinês tradicional, convertida automaticamente do texto em chinês simplificado, apenas para ajudar à leitura. Prevalece o texto em chinês simplificado, que é o que aceita.',
    readingCopyMissing:
      'Esta versão não tem cópia de referência em chinês tradicional; segue-se o texto em chinês simplificado.',
    authoritativeLink: 'Ver o texto oficial em chinês simplificado',
    authoritativeNote: 'Este documento faz fé apenas em chinês simplificado, o texto abaixo; não é fornecida tradução.',
  },
  permissions: {
    title: 'Permissões',
    intro:
      'O Qin Yi Ban só pede estas permissões quando usa a função que delas precisa. Recusar uma apenas desactiva essa função; os restantes serviços continuam disponíveis.',
    usedBy: 'Usada para',
    manage: 'Definições',
    refresh: 'Actualizar',
    states: {
      granted: 'Permitida',
      denied: 'Recusada',
      'not-asked': 'Ainda não pedida; pedida ao usar',
      'ask-on-use': 'Escolhe de cada vez',
      always: 'Não precisa de autorização',
      'app-only': 'Não pedida pelo mini-programa',
      unknown: 'Não é possível ler aqui',
    },
    askTitle: (name: string) => `Permitir acesso: ${name}`,
    askConfirm: 'Permitir',
    askCancel: 'Agora não',
    deniedTitle: (name: string) => `${name}: acesso desactivado`,
    deniedContent: (refusal: string) => `${refusal} Para usar, active-o nas Definições.`,
    openSettings: 'Definições',
    later: 'Mais tarde',
    systemDenied: (name: string) =>
      `O WeChat não tem a permissão ${name} do telemóvel. Permita ao WeChat usar ${name} nas definições do telemóvel.`,
    privacyNotAuthorized:
      'Ainda não deu a autorização prevista nas orientações de privacidade, pelo que esta função não está disponível. Leia e aceite de novo na página inicial e tente outra vez.',
    privacyNotDeclared:
      'O mini-programa ainda não declarou este uso de informações pessoais, pelo que esta função não está disponível. Contacte a linha de atendimento.',
    unavailable: 'Função não suportada aqui',
    failed: 'Não concluído. Tente mais tarde',
    items: {
      location: {
        name: 'Localização',
        purpose: 'Para mudar de cidade e preencher a sua região, e ver os serviços da sua zona',
        refusal: 'Sem ela não podemos oferecer serviços próprios da sua cidade; tudo o resto continua a funcionar.',
        scopeDesc: 'Para mudar de cidade e preencher a sua região',
      },
      album: {
        name: 'Fotografias',
        purpose: 'Para carregar imagens ou vídeos do dispositivo',
        refusal: 'Sem ela não pode carregar imagens ou vídeos; os restantes serviços continuam disponíveis.',
      },
      camera: {
        name: 'Câmara',
        purpose: 'Verificação de identidade, verificação facial, fotografias para carregar',
        refusal: 'Sem ela não pode tirar fotografias ou gravar vídeos; os restantes serviços continuam disponíveis.',
      },
      microphone: {
        name: 'Microfone',
        purpose: 'Para gravar notas de voz nas opiniões; a sua voz é gravada e tratada na medida necessária',
        refusal: 'Sem ele não pode usar a entrada por voz; os restantes serviços continuam disponíveis.',
      },
      phoneState: {
        name: 'Estado do telefone',
        purpose:
          'Lê um identificador do dispositivo para segurança, estatística e notificações (só a app Android do Qin Yi Ban o pede; o mini-programa não o pede nem lê)',
        refusal: 'Não afecta nenhuma função do mini-programa.',
      },
      network: {
        name: 'Estado da rede',
        purpose: 'Para saber se está ligado, avisar quando a ligação cai e permitir tentar de novo',
        refusal: 'O mini-programa lê o tipo de rede sem autorização.',
      },
      phoneCall: {
        name: 'Chamadas',
        purpose: 'Toque no número para ligar para a linha de atendimento',
        refusal:
          'Sem ela o marcador não abre; pode marcar o número manualmente, e os restantes serviços continuam disponíveis.',
      },
      push: {
        name: 'Notificações',
        purpose: 'Mensagens do Qin Yi Ban, como o andamento dos pedidos; cada tipo só é enviado depois de o aceitar',
        refusal:
          'Sem elas não recebe a tempo as notificações do Qin Yi Ban; os restantes serviços continuam disponíveis.',
      },
      files: {
        name: 'Ficheiros',
        purpose: 'Para escolher ficheiros das conversas (PDF, imagens) ao carregar documentos',
        refusal: 'Sem ela não pode escolher ficheiros; os restantes serviços continuam disponíveis.',
      },
    },
    location: {
      pickFromList: 'Escolha uma região da lista',
      outOfArea: 'Não foi possível identificar a sua região; escolha uma da lista',
    },
    media: {
      gpsNotice: 'Os dados de localização, como o local onde a imagem foi tirada, são apagados antes do carregamento.',
      gpsUnreadable: 'Não foi possível apagar os dados de localização de uma imagem, que foi ignorada; escolha outra',
    },
    files: {
      tooLarge: (maxMb: number) => `Os ficheiros não podem exceder ${maxMb} MB`,
      wrongType: 'Só PDF e imagens (JPG, PNG)',
    },
    network: {
      offline: 'Sem ligação à rede. Tente de novo quando voltar',
      retry: 'Tentar de novo',
    },
  },
  consent: {
    reconsentIntro:
      'O Acordo de Utilizador ou a Política de Protecção de Informações Pessoais foi actualizado. Leia as alterações e aceite para continuar; se não aceitar, pode continuar a consultar informação pública ou cancelar a conta.',
    cancelAccount: 'Não aceito a nova versão: cancelar a conta',
    saving: 'A enviar…',
    changes: {
      title: 'O que mudou',
      from: 'Da versão',
      to: 'para a versão',
      added: 'Aditado',
      removed: 'Eliminado',
      changed: 'Alterado',
      none: 'Sem alterações ao texto',
    },
  },
  privacyCenter: {
    entry: 'Centro de privacidade',
    permissions: 'Permissões',
    documents: 'Acordos e políticas',
    myConsent: 'O meu consentimento',
    state: { granted: 'Aceite', outdated: 'Aceite uma versão anterior', withdrawn: 'Retirado', none: 'Não aceite' },
    version: 'Versão',
    agreedAt: 'Aceite em',
    withdraw: 'Retirar consentimento',
    withdrawTitle: 'Retirar consentimento',
    withdrawContent:
      'Depois de retirar, o Qin Yi Ban deixa de tratar as suas informações pessoais e só pode consultar informação pública; o tratamento já feito com base no seu consentimento não é afectado. Os consentimentos separados para informações pessoais sensíveis também são retirados.',
    withdrawConfirm: 'Retirar',
    withdrawCancel: 'Manter',
    withdrawn: 'Consentimento retirado',
    agreeAgain: 'Ler e aceitar',
    guest: 'Ainda não aceitou o Acordo de Utilizador e a Política de Protecção de Informações Pessoais.',
    sensitive: 'Consentimento separado para informações pessoais sensíveis',
    sensitiveGranted: 'Aceite',
    sensitiveNone: 'Não aceite; pedido ao usar',
    sensitiveWithdraw: 'Retirar',
    history: 'Histórico de consentimentos',
    noHistory: 'Ainda sem registos',
    actions: { grant: 'Aceite', withdraw: 'Retirado' },
    receipt: 'Comprovativo do registo',
    textHash: 'Impressão digital do texto',
    verify: 'Verificar a integridade dos registos',
    verifyOk: (n: number) => `${n} registos, todos íntegros`,
    verifyBroken: (n: number) => `${n} anomalias encontradas; comunique-as à linha de atendimento`,
    more: 'Carregar mais',
    loadFailed: 'Falha ao carregar; tente mais tarde',
  },
  sensitiveConsent: {
    title: (name: string) => `Consentimento separado: ${name}`,
    content: (name: string, use: string) =>
      `${name}: são informações pessoais sensíveis. ${use} Pode recusar; a recusa só afecta esta função. Pode retirar o consentimento a qualquer momento no centro de privacidade.`,
    guardianContent:
      'As informações pessoais de menores de 14 anos só podem ser tratadas com o consentimento dos pais ou de outro tutor. O tutor deve ler e confirmar.',
    agree: 'Aceitar',
    refuse: 'Não aceitar',
    refused: (name: string) =>
      `Não consentiu o tratamento de ${name}, pelo que esta função não está disponível. Pode consentir a qualquer momento no centro de privacidade.`,
    grant: 'Aceitar',
    purposes: {
      'face-verification': {
        name: 'Dados faciais',
        use: 'Usados para verificar a sua identidade por reconhecimento facial, confirmada por entidades como a plataforma de identidade «Internet+» do Ministério da Segurança Pública.',
      },
      'id-number': {
        name: 'Número do documento de identificação',
        use: 'Usado para a verificação de identidade e para os assuntos que a exigem.',
      },
      'bank-account': { name: 'Dados da conta bancária', use: 'Usados em assuntos que envolvem pagamentos.' },
      location: { name: 'Localização', use: 'Usada para mudar de cidade e preencher a sua região.' },
      'minor-data': { name: 'Informações pessoais de menores', use: 'Usadas para tratar assuntos de menores.' },
    },
  },
  account: {
    signInTitle: 'Entrar no Qin Yi Ban',
    registerTitle: 'Criar uma conta Qin Yi Ban',
    accountName: 'Nome da conta',
    accountNamePlaceholder: '4–20 caracteres, a começar por uma letra; letras, algarismos e sublinhados',
    password: 'Palavra-passe',
    passwordPlaceholder: 'Introduza a palavra-passe',
    confirmPassword: 'Confirmar palavra-passe',
    realName: 'Nome completo',
    realNamePlaceholder: 'Como no documento',
    mobile: 'Número de telemóvel',
    countryCodes: { '+86': 'Interior da China +86', '+853': 'Macau +853', '+852': 'Hong Kong +852' },
    documentType: 'Tipo de documento',
    documentNumber: 'Número do documento',
    documentTypes: {
      'resident-id': 'Bilhete de Identidade de Residente (Interior da China)',
      'residence-permit': 'Autorização de Residência para Residentes de Hong Kong, Macau e Taiwan',
      'travel-permit': 'Salvo-conduto para Residentes de Hong Kong e Macau',
      passport: 'Passaporte (estrangeiros)',
    },
    documentIssues: {
      empty: 'Introduza o número do documento',
      format: 'O número do documento não tem o formato correcto',
      region: 'O número do documento não corresponde ao tipo de documento',
      'birth-date': 'A data de nascimento no número do documento não é válida',
      'check-digit': 'O dígito de controlo do número do documento está errado; verifique-o',
    },
    passwordRules: {
      length: '8–32 caracteres',
      classes: 'Pelo menos três de: maiúsculas, minúsculas, algarismos, símbolos',
      'no-space': 'Sem espaços',
      'not-account-name': 'Não contém o nome da conta',
    },
    fieldProblems: {
      accountName:
        'O nome da conta deve ter 4–20 caracteres, começar por uma letra e usar só letras, algarismos e sublinhados',
      password: 'A palavra-passe não cumpre as regras acima',
      confirm: 'As duas palavras-passe não coincidem',
      realName: 'Introduza o nome completo como no documento',
      mobile: 'O número de telemóvel não é válido',
      document: 'Verifique o número do documento',
      consent: 'Assinale a aceitação do acordo e consinta separadamente o tratamento do número do documento',
    },
    agree: 'Li e aceito o Acordo de Utilizador e a Política de Protecção de Informações Pessoais',
    documentConsent:
      'Consinto separadamente que o Qin Yi Ban trate o número do meu documento (informação pessoal sensível) para verificar a identidade',
    readAgreement: 'Acordo de Utilizador',
    readPolicy: 'Política de Protecção de Informações Pessoais',
    register: 'Registar e entrar',
    signIn: 'Entrar',
    toRegister: 'Não tem conta? Registe-se',
    toSignIn: 'Já tem conta? Entrar',
    bindingNotice: 'A conta fica associada a este WeChat e é de uso exclusivo do titular.',
    busy: 'Aguarde…',
    withdrawn: 'Entrou durante o período de reflexão: o pedido de cancelamento foi retirado e a conta continua activa.',
    continue: 'Continuar',
    profileTitle: 'A minha conta',
    maskedNotice: 'Para proteger as suas informações, os dados sensíveis estão parcialmente ocultos.',
    verification: 'Verificação de identidade',
    levels: {
      unverified: 'Não verificada',
      'document-checked': 'Documento verificado',
      'face-verified': 'Verificação facial concluída',
    },
    states: {
      active: 'Activa',
      restricted: 'Restrita (só consulta)',
      suspended: 'Suspensa',
      banned: 'Bloqueada',
      cancelled: 'Cancelada',
    },
    status: 'Estado da conta',
    statusReason: 'Motivo',
    statusUntil: 'Até',
    roles: { user: 'Utilizador', staff: 'Funcionário', admin: 'Administrador' },
    address: 'Endereço postal',
    contact: 'Contacto',
    notSet: 'Não indicado',
    correctionNotice:
      'O nome e os dados do documento são os do registo e não podem ser alterados aqui; para os corrigir, ligue para a linha de atendimento.',
    changePassword: 'Alterar palavra-passe',
    /** Why 保存 is not available yet: shown next to it, first unmet condition only. */
    changePasswordBlocked: {
      current: 'Introduza a palavra-passe actual',
      weak: 'A nova palavra-passe ainda não cumpre as regras acima',
      mismatch: 'As duas novas palavras-passe não coincidem',
    },
    signOut: 'Sair',
    signedOut: 'Saiu da conta.',
    cancelTitle: 'Cancelar a conta',
    cancelIntro: (days: number) =>
      `Depois de enviar, sai da conta e começa um período de reflexão de ${days} dias; entrar durante esse período retira o pedido. Depois, a conta é cancelada e as suas informações pessoais são apagadas ou anonimizadas (excepto os registos e consentimentos que a lei manda conservar).`,
    cancelPassword: 'Introduza a palavra-passe para confirmar',
    cancelSubmit: 'Pedir o cancelamento',
    cancelRequested: (date: string) =>
      `Pedido de cancelamento enviado: a conta será cancelada em ${date}. Entre antes dessa data para o retirar.`,
    currentPassword: 'Palavra-passe actual',
    newPassword: 'Nova palavra-passe',
    passwordChanged: 'Palavra-passe alterada. Saiu da conta em todos os dispositivos; entre com a nova palavra-passe.',
    save: 'Guardar',
    face: {
      titles: {
        rebind: 'Verificação facial para passar a este WeChat',
        verify: 'Verificação facial',
        reset: 'Repor a palavra-passe após verificação facial',
        cancel: 'Pedir o cancelamento após verificação facial',
      },
      intros: {
        rebind:
          'A conta é de uso exclusivo de quem a registou. Se é o titular e mudou de WeChat, introduza a palavra-passe e conclua a verificação facial: a conta passa para este WeChat e o anterior deixa de poder entrar.',
        verify:
          'Concluída a verificação facial, o nível de verificação da conta passa a «Verificação facial concluída».',
        reset:
          'Se esqueceu a palavra-passe, conclua a verificação facial no WeChat com que se registou para definir uma nova. Todos os dispositivos saem da conta.',
        cancel:
          'A sua conta tem verificação facial, pelo que o cancelamento exige nova confirmação: introduza a palavra-passe e conclua a verificação facial. Depois sai da conta e começa o período de reflexão; entrar durante esse período retira o pedido.',
      },
      privacy:
        'A verificação facial é prestada pelo WeChat com o nome e o número do Bilhete de Identidade de Residente registados, e usa a câmara. O Qin Yi Ban só guarda o resultado e a hora, nunca a imagem do rosto.',
      start: 'Iniciar verificação facial',
      cancelled: 'Cancelou a verificação facial',
      unavailable: 'A verificação facial não está disponível agora; tente mais tarde',
      standIn: [
        'Simulação local: verificado',
        'Simulação local: não corresponde ao documento',
        'Simulação local: cancelado',
        'Simulação local: não concluído (p. ex. sem permissão da câmara)',
      ],
      otherRoute:
        'A verificação facial do WeChat só aceita o Bilhete de Identidade de Residente do Interior da China. Registou uma autorização de residência, um salvo-conduto ou um passaporte: para concluir a verificação, leve o documento original a um balcão da Direcção dos Serviços Comerciais da Zona de Cooperação de Hengqin, onde o pessoal o verificará. Informações pelo 0756-8841889.',
      toRebind: 'Sou o titular: passar a conta para aqui após verificação facial',
      toVerify: 'Fazer a verificação facial',
      toReset: 'Esqueceu a palavra-passe? Reponha-a após verificação facial',
      toCancel: 'Pedir o cancelamento com palavra-passe e verificação facial',
    },
  },
  errors: {
    network: 'Problema de rede; tente mais tarde',
    internal: 'O sistema está ocupado; tente mais tarde',
  },
  publication: {
    upcoming: (title: string, date: string) => `«${title}» será actualizado em ${date}: `,
    refuseTitle: 'Não aceitar a nova versão',
    refuseContent:
      'Pode pedir o cancelamento da conta (Acordo de Utilizador, 10.2) ou continuar a consultar informação pública como visitante.',
    refuseCancel: 'Cancelar a conta',
    refuseStay: 'Continuar a consultar',
  },
};
