/**
 * The real-name check screens' strings (issue 15: assurance levels), in Simplified Chinese: the
 * person's 实名核验 page, the staff queue of document checks, the admin's closing of an
 * impersonating account and the register page's document claim. Kept apart from zh-CN.ts so they
 * ship in the subpackages that use them.
 */
export const zhCNIdentity = {
  title: '实名核验',
  intro: '部分事项、企业登记和经办人授权需要先完成实名核验（二级）。',
  current: (level: string) => `当前实名认证等级：${level}`,
  verified: '您已完成实名核验，可以办理需要实名核验的事项。',
  faceRoute: '您登记的是内地居民身份证，可通过微信人脸核验完成实名核验。',
  toFace: '进行人脸核验',
  photoRoute:
    '微信人脸核验只支持内地居民身份证。请拍摄您登记的证件（人像和号码清晰、无遮挡）并提交，由工作人员核对姓名和号码；核验完成后照片即删除。',
  takePhoto: '拍摄证件照片',
  pickPhoto: '从相册选择',
  photoChosen: (name: string) => `已选择：${name}`,
  submit: '提交工作人员核验',
  pending: (time: string) => `已于 ${time} 提交，正在等待工作人员核验。核验结果会通过“我的消息”通知您。`,
  approved: '工作人员已核验您的证件，实名核验已通过。',
  refused: (reason: string) => `实名核验未通过：${reason}。请按说明重新拍摄后提交。`,
  refusedNoReason: '实名核验未通过，请重新拍摄后提交。',
  signedOut: '请先登录后再进行实名核验。',
  toProfile: '返回我的账号',
  /** The profile's link here. */
  entry: '去实名核验',
  staff: {
    title: '实名核验审核',
    entry: '实名核验审核',
    intro: '打开一项即由您负责：只有您能看到证件照片并作出决定，决定后照片立即删除。',
    empty: '暂无待核验的证件',
    submittedAt: '提交于',
    taken: '已有工作人员处理',
    open: '打开核验',
    realName: '登记姓名',
    documentNumber: '登记证件号码',
    noPhoto: '照片不可用',
    photo: '申请人提交的证件照片',
    comment: '说明（不通过时必填，会告知申请人）',
    commentPlaceholder: '例如：照片模糊，号码无法辨认',
    approve: '核验通过',
    refuse: '不通过',
    commentRequired: '不通过时请填写说明',
    back: '返回列表',
  },
  confirmApprove: {
    title: '确认核验通过？',
    content: '请确认照片中的姓名和号码与登记信息一致。通过后该账号即为二级实名，照片将删除。',
    confirmText: '通过',
    cancelText: '再看看',
    done: '已核验通过',
  },
  confirmRefuse: {
    title: '确认不通过？',
    content: '申请人会收到您填写的说明，照片将删除，申请人可重新提交。',
    confirmText: '不通过',
    cancelText: '再看看',
    done: '已告知申请人',
  },
  impersonator: {
    title: '注销冒用证件的账号',
    intro: '仅用于证件所有人已认领、或在窗口证明该账号冒用其证件的情形。注销后证件释放，所有人可注册。',
    reason: '注销原因（会记入审计并告知该账号）',
    submit: '注销此账号',
  },
  confirmClose: {
    title: '确认注销该账号？',
    content: '账号将被注销，个人信息删除或匿名化，无法恢复。',
    confirmText: '注销',
    cancelText: '取消',
    done: '账号已注销',
  },
  claim: {
    offer: '这是我的证件，我要认领',
    explain:
      '该证件已被另一个账号登记。如果证件是您本人的，可以认领：您的账号先注册成功，但暂不关联该证件；完成实名核验（内地居民身份证用人脸核验，其他证件上传照片由工作人员核验）后，证件归您的账号，另一个账号被冻结并由工作人员核实注销。',
    submit: '认领并注册',
  },
};
