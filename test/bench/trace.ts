/**
 * What the bench scripts share: the median and quartiles of a run's figures, and Chromium's trace
 * read for the main-thread CPU a page spent (first-screen-cpu.ts, view-mount.ts).
 */

/** The figure at fraction `q` of the sorted figures (the upper one where it falls between two). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.floor(q * sorted.length)] ?? Number.NaN;
}

const sortedOf = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** The middle figure (the upper middle of an even count): one slow launch does not move it. */
export function median(values: readonly number[]): number {
  return quantile(sortedOf(values), 0.5);
}

/** The lower and upper quartiles (the middle half of the figures lies between them). */
export function quartiles(values: readonly number[]): [number, number] {
  const sorted = sortedOf(values);
  return [quantile(sorted, 0.25), quantile(sorted, 0.75)];
}

/** An event of Chromium's trace (chrome://tracing JSON), as far as the benches read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  tdur?: number;
  dur?: number;
  args?: { name?: string };
}

/** A main-thread task as Chromium's trace names it (`RunTask` in older versions). */
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * Milliseconds of thread time the tasks of one thread (`pid`, `tid`) spent that started in
 * [`from`, `until`) (trace microseconds): the CPU the page's main thread used, whatever else loads
 * the machine.
 */
export function threadCpuMs(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  from: number,
  until: number,
): number {
  const tasks = events.filter(
    (e) =>
      e.pid === thread.pid &&
      e.tid === thread.tid &&
      e.ph === 'X' &&
      TASK_NAMES.has(e.name) &&
      e.ts >= from &&
      e.ts < until,
  );
  return tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
}

/** The renderer main thread of the process that wrote `event` (a user timing mark, say). */
export function rendererMainThread(events: readonly TraceEvent[], event: TraceEvent): { pid: number; tid: number } {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === event.pid,
  );
  if (!main) throw new Error('the trace names no renderer main thread');
  return { pid: main.pid, tid: main.tid };
}
