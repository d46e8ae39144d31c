/**
 * The handle a device holds for its own session, sent beside every call (`event.session`). Its own
 * module, free of valibot: the client's session transport is in the weapp main package, and
 * importing it from sessions.ts pulled the whole schema library (13 KB) in with it (issue 18).
 */
export const SESSION_HANDLE = /^[A-Za-z0-9_-]{8,64}$/;
