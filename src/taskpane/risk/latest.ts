/**
 * Newest request wins: one computation at a time, and while it runs only the newest request waits
 * (an older waiting one is replaced, never run). An answer to a request that has been superseded is
 * dropped, so a slow answer can never overwrite a newer one.
 */
export type Outcome<A> = { ok: true; value: A } | { ok: false; error: unknown };

export class Latest<Q, A> {
  private newest = 0;
  private running = false;
  private waiting: { ticket: number; request: Q } | null = null;

  constructor(
    private readonly compute: (request: Q) => Promise<A>,
    private readonly deliver: (ticket: number, outcome: Outcome<A>) => void,
  ) {}

  /** The ticket of the newest request. */
  get latest(): number {
    return this.newest;
  }

  /** Whether a computation runs now. */
  get busy(): boolean {
    return this.running;
  }

  /** Queues a request in place of any waiting one; returns its ticket. */
  submit(request: Q): number {
    const ticket = ++this.newest;
    this.waiting = { ticket, request };
    if (!this.running) void this.pump();
    return ticket;
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting) {
        const job = this.waiting;
        this.waiting = null;
        let outcome: Outcome<A>;
        try {
          outcome = { ok: true, value: await this.compute(job.request) };
        } catch (error) {
          outcome = { ok: false, error };
        }
        if (job.ticket === this.newest) this.deliver(job.ticket, outcome);
      }
    } finally {
      this.running = false;
    }
  }
}
