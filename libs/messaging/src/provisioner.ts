import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { STREAMS, STREAM_NAMES, type ConsumerDefinition, type StreamName } from '@app/contracts';
import { replaySubject, type Namespace } from './namespace';

export interface StreamSettings {
  retentionMs: number;
  storage: 'file' | 'memory';
  replicas: number;
  duplicateWindowMs: number;
}

const ns2nanos = (ms: number): number => Math.round(ms * 1_000_000);

/** Creates every stream or brings its config up to date; running it twice changes nothing. */
export async function provisionStreams(
  jsm: JetStreamManager,
  ns: Namespace,
  settings: StreamSettings,
): Promise<Array<{ stream: string; action: 'created' | 'updated' | 'unchanged' }>> {
  const results: Array<{ stream: string; action: 'created' | 'updated' | 'unchanged' }> = [];
  for (const name of STREAM_NAMES) results.push(await provisionStream(jsm, ns, name, settings));
  return results;
}

async function provisionStream(
  jsm: JetStreamManager,
  ns: Namespace,
  name: StreamName,
  settings: StreamSettings,
): Promise<{ stream: string; action: 'created' | 'updated' | 'unchanged' }> {
  const desired: Partial<StreamConfig> & { name: string } = {
    name: ns.stream(name),
    subjects: STREAMS[name].subjects.map((s) => ns.subject(s)),
    description: STREAMS[name].description,
    retention: RetentionPolicy.Limits,
    storage: settings.storage === 'memory' ? StorageType.Memory : StorageType.File,
    num_replicas: settings.replicas,
    max_age: ns2nanos(settings.retentionMs),
    duplicate_window: ns2nanos(Math.min(settings.duplicateWindowMs, settings.retentionMs)),
    discard: DiscardPolicy.Old,
  };
  const existing = await jsm.streams.info(desired.name).catch(() => null);
  if (!existing) {
    await jsm.streams.add(desired);
    return { stream: desired.name, action: 'created' };
  }
  const c = existing.config;
  const same =
    JSON.stringify(c.subjects) === JSON.stringify(desired.subjects) &&
    c.max_age === desired.max_age &&
    c.duplicate_window === desired.duplicate_window &&
    c.description === desired.description;
  if (same) return { stream: desired.name, action: 'unchanged' };
  // storage and retention policy cannot change in place; the rest can.
  await jsm.streams.update(desired.name, {
    subjects: desired.subjects,
    max_age: desired.max_age,
    duplicate_window: desired.duplicate_window,
    description: desired.description,
  });
  return { stream: desired.name, action: 'updated' };
}

/** The durable pull consumer for a definition, created or updated in place. */
export async function ensureConsumer(
  jsm: JetStreamManager,
  ns: Namespace,
  def: ConsumerDefinition,
): Promise<string> {
  const stream = ns.stream(def.stream);
  const durable = ns.durable(def.durable);
  const filters = [...def.subjects, replaySubject(def.stream, def.durable)].map((s) => ns.subject(s));
  const config: Partial<ConsumerConfig> = {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    ack_wait: ns2nanos(def.ackWaitMs),
    max_deliver: def.maxDeliver,
    max_ack_pending: def.maxAckPending,
    filter_subjects: filters,
    description: `resume-rag ${def.durable}`,
  };
  const existing = await jsm.consumers.info(stream, durable).catch(() => null);
  if (!existing) {
    await jsm.consumers.add(stream, { ...config, deliver_policy: DeliverPolicy.All });
  } else {
    const c = existing.config;
    if (
      c.ack_wait !== config.ack_wait ||
      c.max_deliver !== config.max_deliver ||
      c.max_ack_pending !== config.max_ack_pending ||
      JSON.stringify(c.filter_subjects ?? [c.filter_subject]) !== JSON.stringify(filters)
    ) {
      await jsm.consumers.update(stream, durable, {
        ack_wait: config.ack_wait,
        max_deliver: config.max_deliver,
        max_ack_pending: config.max_ack_pending,
        filter_subjects: filters,
        description: config.description,
      });
    }
  }
  return durable;
}

/** Removes every stream of a namespace (tests clean up their prefix with it). */
export async function deleteNamespaceStreams(jsm: JetStreamManager, ns: Namespace): Promise<void> {
  if (!ns.prefix) throw new Error('refusing to delete the production streams');
  for (const name of STREAM_NAMES) await jsm.streams.delete(ns.stream(name)).catch(() => false);
}
