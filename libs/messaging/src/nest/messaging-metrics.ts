import { Injectable } from '@nestjs/common';
import { Counter, register } from 'prom-client';

/** Prometheus counters for message settlement, shared by every runner in the process. */
@Injectable()
export class MessagingMetrics {
  private readonly counter: Counter<'consumer' | 'subject' | 'outcome'>;

  constructor() {
    const existing = register.getSingleMetric('resume_rag_messages_settled_total');
    this.counter =
      (existing as Counter<'consumer' | 'subject' | 'outcome'> | undefined) ??
      new Counter({
        name: 'resume_rag_messages_settled_total',
        help: 'JetStream messages settled by consumer and outcome',
        labelNames: ['consumer', 'subject', 'outcome'],
      });
  }

  settled(consumer: string, subject: string, outcome: string): void {
    this.counter.inc({ consumer, subject, outcome });
  }
}
