/**
 * The test side's wx-server-sdk, as a function instance would load it outside WeChat cloud: these
 * two variables stop a metadata probe and a 3 s slow-request timer (see ../shared/FINDINGS.md). The
 * SDK reads the environment of the realm that loads it.
 */
export function requireWxServerSdk(): unknown {
  process.env.TENCENTCLOUD = 'true';
  process.env.SILENCE = 'true';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('wx-server-sdk');
}
