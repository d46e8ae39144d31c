/**
 * CloudBase's timer trigger (config.json `triggers`) calls with `{ Type: 'Timer', TriggerName, Time }`
 * and no WeChat identity (WeChat cloud docs, guide/functions/triggers).
 */
export function isTimerEvent(event: unknown): boolean {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}
