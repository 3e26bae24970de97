import type { Consumer } from 'kafkajs';

/** One running consumer of KafkaEventBus: what `subscribe` hands back to stop it. */
export class KafkaSubscription {
  private readonly abort = new AbortController();
  private stopping?: Promise<void>;
  constructor(
    private readonly consumer: Consumer,
    private readonly onStopped: () => void,
  ) {}

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** kafkajs' disconnect waits for the batch in flight, which commits what it handled; pending retries are abandoned uncommitted. */
  stop(): Promise<void> {
    if (!this.stopping) {
      this.abort.abort();
      this.stopping = this.consumer.disconnect().finally(this.onStopped);
    }
    return this.stopping;
  }
}
