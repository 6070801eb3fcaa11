import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { ConsumerDefinition } from '@app/contracts';
import { LOGGER, type Logger } from '@app/logging';
import { ConsumerRunner, type HandlerBinding, type Outcome } from '../consumer-runner';
import { NatsClient } from '../nats-client';
import { OutboxRelay } from '../outbox';
import { CONSUME_EVENT, type ConsumeEventMetadata } from './consume-event.decorator';
import { MessagingMetrics } from './messaging-metrics';

/** Finds every @ConsumeEvent method at bootstrap and runs one ConsumerRunner per durable. */
@Injectable()
export class ConsumerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly runners: ConsumerRunner[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(NatsClient) private readonly client: NatsClient,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(LOGGER) private readonly log: Logger,
    @Inject(MessagingMetrics) private readonly metrics: MessagingMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const groups = new Map<string, { def: ConsumerDefinition; bindings: HandlerBinding[] }>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const method = (instance as Record<string, unknown>)[name];
        if (typeof method !== 'function') continue;
        const meta = this.reflector.get<ConsumeEventMetadata | undefined>(CONSUME_EVENT, method);
        if (!meta) continue;
        const group = groups.get(meta.consumer.durable) ?? { def: meta.consumer, bindings: [] };
        group.bindings.push({ event: meta.event, handle: method.bind(instance) as HandlerBinding['handle'] });
        groups.set(meta.consumer.durable, group);
      }
    }
    for (const { def, bindings } of groups.values()) {
      const runner = new ConsumerRunner(def, bindings, {
        client: this.client,
        ds: this.ds,
        log: this.log,
        relay: this.relay,
        onSettled: (outcome: Outcome, subject: string) => this.metrics.settled(def.durable, subject, outcome),
      });
      await runner.start();
      this.runners.push(runner);
      this.log.info({ consumer: def.durable, subjects: def.subjects }, 'consumer started');
    }
  }

  get consumers(): string[] {
    return this.runners.map((r) => r.def.durable);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((r) => r.stop()));
  }
}
