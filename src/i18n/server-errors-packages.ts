import type { ContentField } from '../../cloudfunctions/lib/contract/content-fields';
import { addFieldMessages, addServerMessages } from './server-errors';

/**
 * The server's messages of the subpackage screens in the languages other than Simplified Chinese
 * (see server-errors.ts). Loaded by i18n/packages.ts, which every subpackage page imports, so
 * Taro's optimizeMainPackage keeps these out of the weapp main package.
 */
addServerMessages({
  'zh-MO': {
    'ENTERPRISE.ALREADY_REGISTERED': '該企業已登記，請直接申請成為其經辦人',
    'ENTERPRISE.REGISTRY_MISMATCH': '填寫的法定代表人與企業登記資料不一致，請核對後重新填寫',
    'ENTERPRISE.TAKEOVER_AVAILABLE':
      '該企業已由他人登記，而企業登記資料顯示您是其法定代表人：您可以申請接管該企業的登記',
    'ENTERPRISE.TAKEOVER_UNCONFIRMED':
      '企業登記資料中的法定代表人不是您，無法接管該企業的登記；如有異議請攜營業執照到窗口辦理',
    'REPORT.CONTACT_REQUIRED': '報告帳號被盜請留下聯絡方式（手機號碼或電子郵箱），以便工作人員聯絡您核實',
    'STAFF.OWN_MATTER': '這是您本人或您所代表企業的事項，請交由其他工作人員辦理',
    'REQUESTS.MATTER_TRANSLATION_UNKNOWN': '譯文中有該事項沒有的材料、表格欄位或選項，請刪除或改正後再儲存',
    'STAFF.SECOND_ADMIN_REQUIRED': '這是您本人提出的操作，須由另一位管理員批准',
    'PROPOSAL.NOT_FOUND': '未找到該待批准事項，可能已被其他管理員處理',
    'PROPOSAL.EXPIRED': '該提議超過24小時未獲批准，已失效，請重新提出',
    'NOTIFY.NOT_APPROVED': '向全體用戶的推送須由另一位管理員批准後才能發送',
    'REQUEST.INVALID_INPUT': '提交的資料不完整或格式不正確',
    'REQUEST.TOO_LARGE': '提交的內容過大',
    'ACCOUNT.NAME_UNAVAILABLE': '該帳號名不可用，請換一個',
    'ACCOUNT.WECHAT_ALREADY_BOUND': '當前微信已綁定琴易辦帳號，請直接登入',
    'ACCOUNT.WEAK_PASSWORD': '密碼不符合安全要求',
    'ACCOUNT.PASSWORD_REUSED': '新密碼不能與當前密碼相同',
    'ACCOUNT.CREDENTIALS_INVALID': '帳號或密碼不正確',
    'ACCOUNT.PASSWORD_INCORRECT': '密碼不正確',
    'ACCOUNT.LOCKED': '登入失敗次數過多，已暫時鎖定，請稍後再試',
    'ACCOUNT.TOO_FAST': '嘗試過於頻繁，請稍候再試',
    'ACCOUNT.NOT_FROZEN': '該帳號未被凍結',
    'SESSION.NOT_FOUND': '該登入已結束或不存在，請重新整理列表',
    'ACCOUNT.FORBIDDEN': '您沒有權限進行此操作',
    'STAFF.FACTOR_ENROL_REQUIRED': '工作人員須先設定二次驗證（身份驗證器），才能辦理工作人員業務',
    'STAFF.FACTOR_REQUIRED': '請輸入身份驗證器中的 6 位驗證碼，完成二次驗證',
    'STAFF.FACTOR_INVALID': '驗證碼不正確或已使用過，請輸入身份驗證器中目前的 6 位驗證碼',
    'STAFF.FACTOR_ALREADY_ENROLLED': '您已設定二次驗證，無需重複設定',
    'STAFF.FACTOR_NOT_PENDING': '請先開始設定二次驗證，再輸入驗證碼',
    'STAFF.STEP_UP_REQUIRED': '查看完整資料前須再次輸入身份驗證器中的驗證碼（5 分鐘內有效）',
    'STAFF.NOT_STAFF': '僅工作人員需要設定二次驗證',
    'FACE.REQUIRED': '此操作需要先完成人臉核驗',
    'IDENTITY.LEVEL_REQUIRED':
      '辦理此事項需要先完成實名核驗（內地居民身份證可人臉核驗，其他證件請上傳證件照片由工作人員核驗）',
    'FACE.CANCELLED': '人臉核驗已取消',
    'LINKED.PROVIDER_UNKNOWN': '暫不支援關聯該平台的帳號',
    'LINKED.PROVIDER_UNAVAILABLE': '該平台暫時無法連接，請稍後再試',
    'LINKED.STATE_INVALID': '關聯請求已失效，請重新發起',
    'LINKED.CODE_REFUSED': '該平台未確認本次授權，請重新發起',
    'LINKED.ID_TOKEN_INVALID': '該平台返回的身份資料未通過校驗，已拒絕',
    'LINKED.BOUND_ELSEWHERE': '該外部帳號已關聯其他琴易辦帳號，一個外部帳號只能關聯一個琴易辦帳號',
    'LINKED.NOT_LINKED': '該外部帳號尚未關聯琴易辦帳號，請先用琴易辦帳號登入後關聯',
    'LINKED.NOT_FOUND': '未找到該關聯帳號',
    'OIDC.LOGO_INVALID': '圖示須為您本人上傳並已通過檢查的第三方服務圖示（PNG 或 JPEG，不超過 200 KB），請重新選擇圖片',
    'CONTENT.RISKY': '提交的內容含有不適宜的資訊，請刪改後再提交',
  },
  'pt-PT': {
    'ENTERPRISE.ALREADY_REGISTERED': 'Esta empresa já está registada; peça para ser o seu representante',
    'ENTERPRISE.REGISTRY_MISMATCH':
      'O representante legal indicado não corresponde ao registo comercial; verifique e tente de novo',
    'ENTERPRISE.TAKEOVER_AVAILABLE':
      'Outra pessoa registou esta empresa, mas o registo comercial indica-o como o seu representante legal: pode assumir o registo',
    'ENTERPRISE.TAKEOVER_UNCONFIRMED':
      'O registo comercial não o indica como representante legal desta empresa, pelo que não pode assumir o registo; para contestar, dirija-se a um balcão com a certidão comercial',
    'REPORT.CONTACT_REQUIRED':
      'Para comunicar uma conta roubada, indique um contacto (telemóvel ou e-mail) para o pessoal o contactar e verificar',
    'STAFF.OWN_MATTER': 'Este assunto é seu ou da sua empresa; outro funcionário deve tratá-lo',
    'REQUESTS.MATTER_TRANSLATION_UNKNOWN':
      'A tradução refere um documento, campo do formulário ou opção que este assunto não tem; apague-o ou corrija-o antes de guardar',
    'STAFF.SECOND_ADMIN_REQUIRED': 'Foi o senhor quem propôs esta alteração; outro administrador tem de a aprovar',
    'PROPOSAL.NOT_FOUND': 'Proposta não encontrada; outro administrador poderá já a ter tratado',
    'PROPOSAL.EXPIRED': 'Esta proposta não foi aprovada em 24 horas e caducou; proponha-a de novo',
    'NOTIFY.NOT_APPROVED': 'Um envio a todos só pode ser feito depois de outro administrador o aprovar',
    'REQUEST.INVALID_INPUT': 'As informações enviadas estão incompletas ou no formato errado',
    'REQUEST.TOO_LARGE': 'O conteúdo enviado é demasiado grande',
    'ACCOUNT.NAME_UNAVAILABLE': 'Este nome de conta não está disponível; escolha outro',
    'ACCOUNT.WECHAT_ALREADY_BOUND': 'Este WeChat já tem uma conta Qin Yi Ban; entre na conta',
    'ACCOUNT.WEAK_PASSWORD': 'A palavra-passe não cumpre as regras de segurança',
    'ACCOUNT.PASSWORD_REUSED': 'A nova palavra-passe tem de ser diferente da actual',
    'ACCOUNT.CREDENTIALS_INVALID': 'Nome da conta ou palavra-passe errados',
    'ACCOUNT.PASSWORD_INCORRECT': 'Palavra-passe errada',
    'ACCOUNT.LOCKED': 'Demasiadas tentativas falhadas; a conta está bloqueada temporariamente, tente mais tarde',
    'ACCOUNT.TOO_FAST': 'Demasiadas tentativas; aguarde um momento',
    'ACCOUNT.NOT_FROZEN': 'Esta conta não está congelada',
    'SESSION.NOT_FOUND': 'Essa sessão terminou ou não existe; actualize a lista',
    'ACCOUNT.FORBIDDEN': 'Não tem permissão para esta operação',
    'STAFF.FACTOR_ENROL_REQUIRED':
      'Os funcionários têm de configurar a verificação em dois passos (aplicação autenticadora) antes de qualquer tarefa',
    'STAFF.FACTOR_REQUIRED':
      'Introduza o código de 6 dígitos da aplicação autenticadora para concluir a verificação em dois passos',
    'STAFF.FACTOR_INVALID':
      'O código está errado ou já foi usado; introduza o código atual de 6 dígitos da aplicação autenticadora',
    'STAFF.FACTOR_ALREADY_ENROLLED': 'A verificação em dois passos já está configurada',
    'STAFF.FACTOR_NOT_PENDING': 'Comece primeiro a configurar a verificação em dois passos e depois introduza o código',
    'STAFF.STEP_UP_REQUIRED':
      'Introduza novamente um código da aplicação autenticadora para ver os dados completos (válido 5 minutos)',
    'STAFF.NOT_STAFF': 'Só os funcionários configuram a verificação em dois passos',
    'FACE.REQUIRED': 'Conclua primeiro a verificação facial',
    'IDENTITY.LEVEL_REQUIRED':
      'É necessário verificar primeiro o nome real (verificação facial para o BI do Interior; caso contrário, envie uma fotografia do documento para verificação pelos funcionários)',
    'FACE.CANCELLED': 'A verificação facial foi cancelada',
    'LINKED.PROVIDER_UNKNOWN': 'Ainda não é possível associar contas desta plataforma',
    'LINKED.PROVIDER_UNAVAILABLE': 'Não é possível contactar a plataforma de momento; tente mais tarde',
    'LINKED.STATE_INVALID': 'Este pedido de associação expirou; comece de novo',
    'LINKED.CODE_REFUSED': 'A plataforma não confirmou esta autorização; comece de novo',
    'LINKED.ID_TOKEN_INVALID': 'A identidade devolvida pela plataforma não passou a verificação e foi recusada',
    'LINKED.BOUND_ELSEWHERE':
      'Esta conta externa já está associada a outra conta Qin Yi Ban; cada conta externa só pode ser associada a uma conta',
    'LINKED.NOT_LINKED':
      'Esta conta externa não está associada a nenhuma conta Qin Yi Ban; inicie sessão com a palavra-passe e associe-a primeiro',
    'LINKED.NOT_FOUND': 'Esta conta associada não foi encontrada',
    'OIDC.LOGO_INVALID':
      'O logótipo tem de ser um logótipo de serviço carregado por si e já verificado (PNG ou JPEG, até 200 KB); escolha de novo a imagem',
    'CONTENT.RISKY': 'O que enviou tem conteúdo impróprio; altere-o e envie de novo',
  },
  en: {
    'ENTERPRISE.ALREADY_REGISTERED': 'This enterprise is already registered; apply to act as its agent instead',
    'ENTERPRISE.REGISTRY_MISMATCH':
      'The legal representative you entered does not match the business registry; please check and try again',
    'ENTERPRISE.TAKEOVER_AVAILABLE':
      'Someone else registered this enterprise, but the business registry names you as its legal representative: you can take the registration over',
    'ENTERPRISE.TAKEOVER_UNCONFIRMED':
      'The business registry does not name you as this enterprise’s legal representative, so you cannot take its registration over; to dispute this, bring the business licence to a service counter',
    'REPORT.CONTACT_REQUIRED':
      'To report a stolen account, leave a contact (mobile number or email) so staff can reach you to check',
    'STAFF.OWN_MATTER': 'This matter is your own or your enterprise’s; another staff member must handle it',
    'REQUESTS.MATTER_TRANSLATION_UNKNOWN':
      'The translation names a document, form field or option this matter does not have; remove or correct it before saving',
    'STAFF.SECOND_ADMIN_REQUIRED': 'You proposed this change; another administrator must approve it',
    'PROPOSAL.NOT_FOUND': 'This proposal was not found; another administrator may have handled it',
    'PROPOSAL.EXPIRED': 'This proposal was not approved within 24 hours and has lapsed; propose it again',
    'NOTIFY.NOT_APPROVED': 'A push to everyone can be sent only after another administrator approves it',
    'REQUEST.INVALID_INPUT': 'The information submitted is incomplete or in the wrong format',
    'REQUEST.TOO_LARGE': 'What you submitted is too large',
    'ACCOUNT.NAME_UNAVAILABLE': 'This account name is not available; please choose another',
    'ACCOUNT.WECHAT_ALREADY_BOUND': 'This WeChat already has a Qin Yi Ban account; please sign in',
    'ACCOUNT.WEAK_PASSWORD': 'The password does not meet the security rules',
    'ACCOUNT.PASSWORD_REUSED': 'The new password must differ from the current one',
    'ACCOUNT.CREDENTIALS_INVALID': 'Wrong account name or password',
    'ACCOUNT.PASSWORD_INCORRECT': 'Wrong password',
    'ACCOUNT.LOCKED': 'Too many failed sign-ins; the account is locked for a while, please try later',
    'ACCOUNT.TOO_FAST': 'Too many attempts; please wait a moment',
    'ACCOUNT.NOT_FROZEN': 'This account is not frozen',
    'SESSION.NOT_FOUND': 'That sign-in has ended or does not exist; refresh the list',
    'ACCOUNT.FORBIDDEN': 'You do not have permission to do this',
    'STAFF.FACTOR_ENROL_REQUIRED':
      'Staff must set up two-step verification (an authenticator app) before any staff work',
    'STAFF.FACTOR_REQUIRED': 'Enter the 6-digit code from your authenticator app to finish two-step verification',
    'STAFF.FACTOR_INVALID':
      'The code is wrong or was already used; enter the current 6-digit code from your authenticator app',
    'STAFF.FACTOR_ALREADY_ENROLLED': 'Two-step verification is already set up',
    'STAFF.FACTOR_NOT_PENDING': 'Start setting up two-step verification first, then enter the code',
    'STAFF.STEP_UP_REQUIRED':
      'Enter a code from your authenticator app again to see the full details (valid for 5 minutes)',
    'STAFF.NOT_STAFF': 'Only staff set up two-step verification',
    'FACE.REQUIRED': 'Please complete face verification first',
    'IDENTITY.LEVEL_REQUIRED':
      'This needs a verified real name first (face verification for mainland ID cards; otherwise upload a photo of your document for staff to check)',
    'FACE.CANCELLED': 'Face verification was cancelled',
    'LINKED.PROVIDER_UNKNOWN': 'Accounts of this platform cannot be linked yet',
    'LINKED.PROVIDER_UNAVAILABLE': 'The platform cannot be reached right now; please try again later',
    'LINKED.STATE_INVALID': 'This linking request has expired; please start again',
    'LINKED.CODE_REFUSED': 'The platform did not confirm this authorization; please start again',
    'LINKED.ID_TOKEN_INVALID': 'The identity the platform returned failed verification and was refused',
    'LINKED.BOUND_ELSEWHERE':
      'This outside account is linked to another Qin Yi Ban account; an outside account can be linked to one account only',
    'LINKED.NOT_LINKED':
      'This outside account is not linked to a Qin Yi Ban account; sign in with your password first and link it',
    'LINKED.NOT_FOUND': 'This linked account was not found',
    'OIDC.LOGO_INVALID':
      'The logo must be a service logo you uploaded yourself and that passed the check (PNG or JPEG, up to 200 KB); choose the image again',
    'CONTENT.RISKY': 'What you submitted contains unsuitable content; please change it and submit again',
  },
});

/** CONTENT.RISKY names the field to change: the fields content safety checks, named in each language. */
addFieldMessages({
  'zh-MO': {
    messages: { 'CONTENT.RISKY': (field) => `您填寫的「${field}」含有不適宜的內容，請刪改後再提交` },
    fields: {
      enterpriseName: '企業名稱',
      pushTitle: '標題',
      pushBody: '正文',
      feedbackText: '反饋內容',
      contact: '聯絡方式',
      reportText: '舉報說明',
      reason: '理由',
      deletionWhat: '刪除內容',
      question: '問題',
    } satisfies Record<ContentField, string>,
  },
  'pt-PT': {
    messages: { 'CONTENT.RISKY': (field) => `O campo «${field}» tem conteúdo impróprio; altere-o e envie de novo` },
    fields: {
      enterpriseName: 'Nome da empresa',
      pushTitle: 'Título',
      pushBody: 'Texto',
      feedbackText: 'A sua opinião',
      contact: 'Contacto',
      reportText: 'Descrição da denúncia',
      reason: 'Motivo',
      deletionWhat: 'O que apagar',
      question: 'Pergunta',
    } satisfies Record<ContentField, string>,
  },
  en: {
    messages: {
      'CONTENT.RISKY': (field) => `“${field}” contains unsuitable content; please change it and submit again`,
    },
    fields: {
      enterpriseName: 'Enterprise name',
      pushTitle: 'Title',
      pushBody: 'Text',
      feedbackText: 'Your feedback',
      contact: 'Contact',
      reportText: 'Report details',
      reason: 'Reason',
      deletionWhat: 'What to delete',
      question: 'Question',
    } satisfies Record<ContentField, string>,
  },
});
