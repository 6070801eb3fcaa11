export interface WorkerRequest {
  id: number;
  texts: string[];
}

export type WorkerReply =
  | { type: 'ready'; dimensions: number; modelId: string }
  | { type: 'result'; id: number; flat: Float32Array }
  | { type: 'error'; id: number; message: string }
  | { type: 'fatal'; message: string };
