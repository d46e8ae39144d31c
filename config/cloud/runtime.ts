/**
 * The CloudBase runtime every cloud function is created with, and the esbuild target that matches
 * it (global fetch and AbortSignal.timeout need Node 18).
 */
export const CLOUD_RUNTIME = { name: 'Nodejs18.15', esbuildTarget: 'node18' } as const;
