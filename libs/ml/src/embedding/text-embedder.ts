/** What every embedding consumer depends on: texts in, L2-normalised vectors out. */
export interface TextEmbedder {
  readonly dimensions: number;
  /** Identifies the weights, so a vector can be traced to the model that made it. */
  readonly modelId: string;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  embedOne(text: string): Promise<Float32Array>;
}
