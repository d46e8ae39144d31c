/** Cloud function names and their actions, written once for the functions and the client. */
export const FUNCTIONS = {
  policy: { current: 'current' },
  consent: {
    grant: 'grant',
    withdraw: 'withdraw',
    grantSensitive: 'grantSensitive',
    withdrawSensitive: 'withdrawSensitive',
    status: 'status',
    history: 'history',
    verify: 'verify',
  },
  account: {
    register: 'register',
    signIn: 'signIn',
    signOut: 'signOut',
    session: 'session',
    profile: 'profile',
    updateProfile: 'updateProfile',
    changePassword: 'changePassword',
    resetPassword: 'resetPassword',
    verifyFace: 'verifyFace',
    rebind: 'rebind',
    requestCancellation: 'requestCancellation',
    setStatus: 'setStatus',
    setRoles: 'setRoles',
    closeDueCancellations: 'closeDueCancellations',
  },
  notify: {
    inbox: 'inbox',
    unreadCount: 'unreadCount',
    markRead: 'markRead',
    markAllRead: 'markAllRead',
    deleteMessage: 'deleteMessage',
    templates: 'templates',
    recordGrants: 'recordGrants',
    preferences: 'preferences',
    setPreference: 'setPreference',
    createPushJob: 'createPushJob',
    runPushJob: 'runPushJob',
    pushJobStatus: 'pushJobStatus',
    resumePushJobs: 'resumePushJobs',
  },
} as const;

export type FunctionName = keyof typeof FUNCTIONS;
export type ActionOf<F extends FunctionName> = keyof (typeof FUNCTIONS)[F] & string;

export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];
