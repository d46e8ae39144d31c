import { integrationBaseline } from './integration-baseline';

/**
 * Every integration file starts from the same environment, the one `npm start` gives the functions
 * (the local cloud hands this process's environment to them): keys made for the run, the stand-ins
 * a local cloud may use, no login delay. A file sets what it needs differently itself, at import.
 * Without this, a file whose functions need a key passed only when an earlier file in the same
 * Jest worker had set it, so the result depended on the order and on the number of workers.
 */
for (const [name, value] of Object.entries(integrationBaseline())) process.env[name] = value;
