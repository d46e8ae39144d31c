import type {
  GetVerifyIdAnswer,
  GetVerifyIdRequest,
  QueryVerifyInfoAnswer,
  QueryVerifyInfoRequest,
  WechatFaceApi,
} from '../face/wechat-face-verifier';

/**
 * WeChat's face verification server APIs over HTTPS. Both pages say "本接口不支持云调用": there is no
 * cloud.openapi route, so the function needs the mini-program's appid and secret in its
 * environment (QYB_WX_APPID, QYB_WX_APPSECRET) for a stable access token, cached per instance.
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_getverifyid
 * https://developers.weixin.qq.com/miniprogram/dev/server/API/face/api_queryverifyinfo
 */
const WECHAT_API = 'https://api.weixin.qq.com';
const TIMEOUT_MS = 2500;

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`WeChat API HTTP ${response.status}`);
  return (await response.json()) as T;
}

interface TokenAnswer {
  access_token?: string;
  expires_in?: number;
  errcode?: number;
}

/** `base` is WeChat's API; tests point it at a local server standing in for WeChat. */
export function wechatFaceApi(env: Record<string, string | undefined> = process.env, base = WECHAT_API): WechatFaceApi {
  let cached: { token: string; expiresAt: number } | undefined;

  async function accessToken(): Promise<string> {
    if (cached && cached.expiresAt > Date.now()) return cached.token;
    const appid = env.QYB_WX_APPID;
    const secret = env.QYB_WX_APPSECRET;
    if (!appid || !secret) throw new Error('QYB_WX_APPID and QYB_WX_APPSECRET are needed for face verification');
    const body = { grant_type: 'client_credential', appid, secret };
    const result = await postJson<TokenAnswer>(`${base}/cgi-bin/stable_token`, body);
    if (!result.access_token) throw new Error(`stable_token failed: ${result.errcode ?? 'no token'}`);
    cached = { token: result.access_token, expiresAt: Date.now() + ((result.expires_in ?? 7200) - 300) * 1000 };
    return cached.token;
  }

  const call = async <T>(path: string, body: unknown) =>
    postJson<T>(`${base}${path}?access_token=${encodeURIComponent(await accessToken())}`, body);

  return {
    getVerifyId: (body: GetVerifyIdRequest) => call<GetVerifyIdAnswer>('/cityservice/face/identify/getverifyid', body),
    queryVerifyInfo: (body: QueryVerifyInfoRequest) =>
      call<QueryVerifyInfoAnswer>('/cityservice/face/identify/queryverifyinfo', body),
  };
}
