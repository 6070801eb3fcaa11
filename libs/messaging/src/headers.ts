/** Header names carried by our messages. */
export const H = {
  msgId: 'Nats-Msg-Id',
  correlationId: 'Correlation-Id',
  causationId: 'Causation-Id',
  eventType: 'Event-Type',
  replayId: 'Replay-Id',
  replayOriginalSubject: 'Replay-Original-Subject',
  replayOriginalSeq: 'Replay-Original-Seq',
  dlqError: 'Dlq-Error',
  dlqErrorKind: 'Dlq-Error-Kind',
  dlqDeliveryCount: 'Dlq-Delivery-Count',
  dlqOriginalSubject: 'Dlq-Original-Subject',
  dlqOriginalStream: 'Dlq-Original-Stream',
  dlqOriginalSeq: 'Dlq-Original-Seq',
  dlqConsumer: 'Dlq-Consumer',
  dlqFailedAt: 'Dlq-Failed-At',
} as const;
