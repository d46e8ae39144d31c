/** The wire format miniprogram-automator 0.12.1 speaks (see its out/Connection.js). */
export interface AutomatorRequest {
  id: string;
  method: string;
  params: Record<string, unknown>;
}

export type AutomatorReply = { id: string; result: unknown } | { id: string; error: { message: string } };

/** Events carry no id: `{ method, params }`. */
export interface AutomatorEvent {
  method: string;
  params: Record<string, unknown>;
}

/** An error whose message goes back to the automator as `{ id, error: { message } }`. */
export class ProtocolError extends Error {}

export function unsupported(method: string): ProtocolError {
  return new ProtocolError(`${method} is not supported by the qyb automator bridge`);
}

export function parseRequest(raw: string): AutomatorRequest | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { id, method, params } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof method !== 'string') return null;
  const safeParams = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  return { id, method, params: safeParams };
}
