import type { FaceIdentifyApi, FaceIdentifyInfo } from '../face/wechat-face-verifier';

/**
 * WeChat's server API for face verification results. Needs the mini-program's appid and secret in
 * the function's environment (QYB_WX_APPID, QYB_WX_APPSECRET); the stable access token is cached
 * for the life of the instance.
 */
const API = 'https://api.weixin.qq.com';
let cached: { token: string; expiresAt: number } | undefined;

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(2500),
  });
  if (!response.ok) throw new Error(`WeChat API HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function accessToken(env: Record<string, string | undefined>): Promise<string> {
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const appid = env.QYB_WX_APPID;
  const secret = env.QYB_WX_APPSECRET;
  if (!appid || !secret) throw new Error('QYB_WX_APPID and QYB_WX_APPSECRET are needed for face verification');
  const result = await postJson<{ access_token?: string; expires_in?: number; errcode?: number }>(
    `${API}/cgi-bin/stable_token`,
    { grant_type: 'client_credential', appid, secret },
  );
  if (!result.access_token) throw new Error(`stable_token failed: ${result.errcode ?? 'no token'}`);
  cached = { token: result.access_token, expiresAt: Date.now() + ((result.expires_in ?? 7200) - 300) * 1000 };
  return cached.token;
}

export function wechatFaceIdentifyApi(env: Record<string, string | undefined> = process.env): FaceIdentifyApi {
  return async (verifyResult) => {
    const token = await accessToken(env);
    return postJson<FaceIdentifyInfo>(
      `${API}/cityservice/face/identify/getinfo?access_token=${encodeURIComponent(token)}`,
      { verify_result: verifyResult },
    );
  };
}
