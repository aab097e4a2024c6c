/**
 * A progress line on stderr for long runs: nothing for the first second (a short run prints nothing), then at
 * most five times a second — rewritten in place on a terminal, one line per tenth when stderr is a file or pipe.
 */
import type { CliIO } from './types';

const QUIET_FOR_MS = 1000;
const EVERY_MS = 200;

export interface Progress {
  /** how far (0–1) and how many rows so far */
  update(fraction: number, rows: number): void;
  /** ends the line, if one was shown */
  done(): void;
}

export function progressLine(io: CliIO, label: string, now: () => number = Date.now): Progress {
  const started = now();
  let last = 0;
  let lastTenth = -1;
  let shown = false;
  const show = io.progress;
  return {
    update(fraction, rows) {
      if (!show) return;
      const t = now();
      if (t - started < QUIET_FOR_MS || t - last < EVERY_MS) return;
      const tenth = Math.floor(fraction * 10);
      if (!show.inPlace && tenth === lastTenth) return;
      last = t;
      lastTenth = tenth;
      shown = true;
      show.write(`${label}：${Math.min(100, Math.floor(fraction * 100))}%（已读 ${rows.toLocaleString('en')} 行，${((t - started) / 1000).toFixed(0)} 秒）`);
    },
    done() {
      if (shown && show) show.end();
    },
  };
}
