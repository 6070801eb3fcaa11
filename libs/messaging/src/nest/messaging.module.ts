import {
  DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LOGGER, type Logger } from '@app/logging';
import { NatsClient } from '../nats-client';
import { OutboxRelay } from '../outbox';
import { provisionStreams } from '../provisioner';
import { EventPublisher } from '../publisher';
import { ConsumerHost } from './consumer-host';
import { MessagingMetrics } from './messaging-metrics';

/**
 * NATS connection, stream provisioning, publisher, outbox relay and the consumer host.
 * Import once per process; feature modules just declare @ConsumeEvent methods.
 */
@Global()
@Module({})
export class MessagingModule implements OnApplicationBootstrap, OnApplicationShutdown {
  static forRoot(opts: { connectionName: string }): DynamicModule {
    return {
      module: MessagingModule,
      imports: [DiscoveryModule],
      providers: [
        {
          provide: NatsClient,
          inject: [APP_CONFIG, LOGGER],
          useFactory: async (config: AppConfig, log: Logger) => {
            const client = await NatsClient.connect({
              url: config.nats.url,
              name: opts.connectionName,
              prefix: config.nats.prefix,
              log,
            });
            await provisionStreams(client.jsm, client.ns, {
              retentionMs: config.nats.retention,
              storage: config.nats.storage,
              replicas: config.nats.replicas,
              duplicateWindowMs: config.nats.duplicate_window,
            });
            return client;
          },
        },
        {
          provide: EventPublisher,
          inject: [NatsClient],
          useFactory: (c: NatsClient) => new EventPublisher(c),
        },
        {
          provide: OutboxRelay,
          inject: [DataSource, EventPublisher, LOGGER],
          useFactory: (ds: DataSource, pub: EventPublisher, log: Logger) =>
            new OutboxRelay(ds, pub, log.child({ component: 'outbox-relay' })),
        },
        MessagingMetrics,
        ConsumerHost,
      ],
      exports: [NatsClient, EventPublisher, OutboxRelay, ConsumerHost, MessagingMetrics],
    };
  }

  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(NatsClient) private readonly client: NatsClient,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.client.close();
  }
}
