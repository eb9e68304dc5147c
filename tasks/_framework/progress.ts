/**
 * A small progress indicator for stderr. It draws only when stderr is a terminal and stays
 * silent otherwise, so piped and logged runs get clean output.
 *
 * @module
 */

/** A progress indicator handle. */
export interface Progress {
  /** Advances by `n` (default 1). */
  tick(n?: number): void;
  /** Sets the total once it is known. */
  total(n: number): void;
  /** Clears the line. */
  done(): void;
}

const FRAMES = ["|", "/", "-", "\\"];
const REDRAW_MS = 100;

/** A progress indicator that does nothing. */
export const SILENT_PROGRESS: Progress = { tick() {}, total() {}, done() {} };

/** Creates a progress indicator writing to `write`; `enabled` is false when not a terminal. */
export function createProgress(
  label: string,
  total: number | undefined,
  options: { enabled: boolean; color: boolean; write: (text: string) => void },
): Progress {
  if (!options.enabled) return SILENT_PROGRESS;
  let count = 0;
  let max = total;
  let frame = 0;
  let last = 0;
  const draw = (force: boolean): void => {
    const now = Date.now();
    if (!force && now - last < REDRAW_MS) return;
    last = now;
    frame = (frame + 1) % FRAMES.length;
    let bar = "";
    if (max && max > 0) {
      const width = 24;
      const filled = Math.min(width, Math.round((count / max) * width));
      bar = ` [${"#".repeat(filled)}${".".repeat(width - filled)}] ${count}/${max}`;
    } else {
      bar = ` ${count}`;
    }
    const text = `${FRAMES[frame]} ${label}${bar}`;
    options.write(`\r${options.color ? `\x1b[2m${text}\x1b[0m` : text}\x1b[K`);
  };
  return {
    tick(n = 1) {
      count += n;
      draw(false);
    },
    total(n) {
      max = n;
      draw(true);
    },
    done() {
      options.write("\r\x1b[K");
    },
  };
}
