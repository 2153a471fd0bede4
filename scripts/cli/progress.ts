/**
 * Progress of a long run on stderr. On a terminal, one line redrawn in place with `[i/N]`, the
 * rate and the time left; elsewhere (a log, CI), a plain line at every tenth of the way, so the
 * output stays readable. Short runs (fewer than `minTotal` items) print nothing.
 */
export class Progress {
  private done = 0;
  private readonly started: number;
  private lastDraw = 0;
  private readonly step: number;

  constructor(
    private readonly total: number,
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly minTotal = 20,
    private readonly now: () => number = Date.now,
  ) {
    this.step = Math.max(1, Math.ceil(total / 10));
    this.started = now();
  }

  tick(): void {
    this.done++;
    if (this.total < this.minTotal) return;
    if (this.stream.isTTY) {
      const t = this.now();
      if (t - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = t;
      this.stream.write(`\r\x1b[2K${this.line()}`);
      if (this.done === this.total) this.stream.write('\n');
    } else if (this.done % this.step === 0 || this.done === this.total) this.stream.write(`${this.line()}\n`);
  }

  /** `[i/N] label, 12.5/s, 0:42 left`. */
  line(): string {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : NaN;
    const eta = this.done < this.total && Number.isFinite(left) ? `, ${clock(left)} left` : '';
    return `[${this.done}/${this.total}] ${this.label}, ${rate.toFixed(1)}/s${eta}`;
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
