/**
 * Integration tests call real function workers through the local cloud: the first call of a
 * function loads its bundle in a fresh worker, which on a loaded two-core machine (two Jest
 * workers, each with its own cloud) takes far longer than Jest's default 5 s. A file that needs
 * more sets its own.
 */
jest.setTimeout(60_000);
