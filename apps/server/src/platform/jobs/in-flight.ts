// Counts work in flight (pg-boss's queries, running handlers) so stopping can wait until none is
// left before the database closes.
export class InFlight {
  #count = 0;
  #waiters: (() => void)[] = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.#count += 1;
    try {
      return await work();
    } finally {
      // Let go on the next turn of the event loop: what settling this work sets off at once (pg-boss
      // completing a job as its handler returns, a handler starting as its fetch returns) is
      // counted first, so the count never touches zero between the two.
      setImmediate(() => {
        this.#count -= 1;
        if (this.#count === 0) for (const wake of this.#waiters.splice(0)) wake();
      });
    }
  }

  /** Resolves once nothing is in flight. */
  idle(): Promise<void> {
    if (this.#count === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}
