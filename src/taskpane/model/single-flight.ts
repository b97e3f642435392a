/** Runs one task at a time: a call while a task is running starts nothing and returns `busy`. */
export class SingleFlight {
  private running = false;

  get busy(): boolean {
    return this.running;
  }

  async run<T>(task: () => Promise<T>): Promise<{ started: true; value: T } | { started: false }> {
    if (this.running) return { started: false };
    this.running = true;
    try {
      return { started: true, value: await task() };
    } finally {
      this.running = false;
    }
  }
}
