// A hand-over from a producer that pushes (runInOrder's emit) to a consumer that pulls (an async
// iterator), one item at a time: push resolves when the item has been taken, so a slow consumer
// slows the producer down and finished records do not pile up.

export interface Channel<T> {
  /** Offers an item; resolves once the consumer has taken it, or at once when the channel is closed. */
  push(item: T): Promise<void>;
  /** The next item, or done after `end`; rejects with the error given to `fail`. */
  next(): Promise<IteratorResult<T, undefined>>;
  /** No more items. */
  end(): void;
  /** The producer failed: the consumer's next `next` rejects. */
  fail(err: unknown): void;
  /** The consumer is gone: pending and later pushes resolve at once and are dropped. */
  close(): void;
}

export function createChannel<T>(): Channel<T> {
  let offered: { item: T; taken: () => void } | undefined;
  let waiting: { resolve: (r: IteratorResult<T, undefined>) => void; reject: (e: unknown) => void } | undefined;
  let ended = false;
  let failure: { err: unknown } | undefined;
  let closed = false;

  const settleWaiting = () => {
    if (!waiting) return;
    const w = waiting;
    if (offered) {
      const { item, taken } = offered;
      offered = undefined;
      waiting = undefined;
      taken();
      w.resolve({ done: false, value: item });
    } else if (failure) {
      waiting = undefined;
      w.reject(failure.err);
    } else if (ended) {
      waiting = undefined;
      w.resolve({ done: true, value: undefined });
    }
  };

  return {
    push(item) {
      if (closed) return Promise.resolve();
      return new Promise<void>((taken) => {
        offered = { item, taken };
        settleWaiting();
      });
    },
    next() {
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        settleWaiting();
      });
    },
    end() {
      ended = true;
      settleWaiting();
    },
    fail(err) {
      failure = { err };
      settleWaiting();
    },
    close() {
      closed = true;
      offered?.taken();
      offered = undefined;
    },
  };
}
