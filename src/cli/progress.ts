/** A one-line progress display on a terminal; nothing at all when stderr is not a terminal. */
export class Progress {
  private lastDraw = 0;
  private readonly started = performance.now();
  constructor(private readonly stream: NodeJS.WriteStream, private readonly enabled: boolean) {}

  update(documents: number, failed: number, words: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(words / seconds) : 0;
    this.stream.write(`\r\x1b[K${documents} documents (${failed} failed), ${words} words, ${rate} words/s`);
  }

  done(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
