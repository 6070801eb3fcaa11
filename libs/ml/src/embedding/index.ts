export * from './text-embedder';
export * from './model-tokenizer';
export * from './micro-batcher';
export * from './batch-tensors';
export * from './onnx-session';
export * from './onnx-embedder';
export * from '../models';
