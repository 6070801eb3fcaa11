import { SetMetadata } from '@nestjs/common';
import type { ConsumerDefinition, EventDefinition } from '@app/contracts';

// Any payload type: the decorated method's parameter type is checked where it is written.
/* eslint-disable @typescript-eslint/no-explicit-any */

export const CONSUME_EVENT = Symbol('CONSUME_EVENT');

export interface ConsumeEventMetadata {
  consumer: ConsumerDefinition;
  event: EventDefinition<string, any>;
}

/**
 * Marks a provider method as the handler of one event for one durable consumer:
 * `@ConsumeEvent(PIPELINE_CONSUMERS.dedup, JobScrapedV1) onScraped(payload, ctx) {...}`.
 * The runner validates the payload, opens the transaction and settles the message.
 */
export const ConsumeEvent = (
  consumer: ConsumerDefinition,
  event: EventDefinition<string, any>,
): MethodDecorator => SetMetadata(CONSUME_EVENT, { consumer, event } satisfies ConsumeEventMetadata);
