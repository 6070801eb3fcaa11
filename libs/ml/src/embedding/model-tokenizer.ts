import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tokenizer as HfTokenizer } from '@huggingface/tokenizers';

/** Token ids of one input, special tokens included, already truncated. */
export interface TokenizedInput {
  ids: number[];
  /** 0 for the first segment, 1 for the second of a pair. */
  typeIds: number[];
}

type TokenizerCtor = new (json: object, config: object) => HfTokenizer;

/**
 * The model's own tokenizer.json (normaliser, pre-tokeniser, WordPiece vocabulary) run by
 * @huggingface/tokenizers, with OUR truncation: the tokenizer.json of all-MiniLM-L6-v2 carries a
 * fixed 128-token truncation/padding that sentence-transformers overrides with max_seq_length 256,
 * so we encode without special tokens, cut, then add [CLS]/[SEP] ourselves.
 */
export class ModelTokenizer {
  private constructor(
    private readonly tokenizer: HfTokenizer,
    readonly clsId: number,
    readonly sepId: number,
    readonly padId: number,
  ) {}

  /** The package is ESM-first; its CommonJS build is reached through `exports` at run time. */
  static async fromDir(dir: string): Promise<ModelTokenizer> {
    const mod = (await import('@huggingface/tokenizers')) as { Tokenizer: TokenizerCtor };
    const json = JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')) as object;
    let config: object = {};
    try {
      config = JSON.parse(readFileSync(join(dir, 'tokenizer_config.json'), 'utf8')) as object;
    } catch {
      // tokenizer_config.json is optional: the special tokens are looked up by name below.
    }
    const tokenizer = new mod.Tokenizer(json, config);
    const id = (token: string): number => {
      const value = tokenizer.token_to_id(token);
      if (value === undefined) throw new Error(`tokenizer in ${dir} has no ${token} token`);
      return value;
    };
    return new ModelTokenizer(tokenizer, id('[CLS]'), id('[SEP]'), id('[PAD]'));
  }

  private pieces(text: string): number[] {
    return this.tokenizer.encode(text, { add_special_tokens: false }).ids;
  }

  /** [CLS] text [SEP], the text cut from the right so the whole fits in maxTokens. */
  encode(text: string, maxTokens: number): TokenizedInput {
    const body = this.pieces(text).slice(0, Math.max(0, maxTokens - 2));
    const ids = [this.clsId, ...body, this.sepId];
    return { ids, typeIds: new Array<number>(ids.length).fill(0) };
  }

  /**
   * [CLS] a [SEP] b [SEP] for cross-encoders, cut "longest first" as Hugging Face does: one
   * token at a time from whichever side is longer (ties cut the second) until it fits.
   */
  encodePair(a: string, b: string, maxTokens: number): TokenizedInput {
    let first = this.pieces(a);
    let second = this.pieces(b);
    const budget = Math.max(0, maxTokens - 3);
    const excess = first.length + second.length - budget;
    if (excess > 0) {
      let na = first.length;
      let nb = second.length;
      for (let i = 0; i < excess; i++) {
        if (na > nb) na--;
        else nb--;
      }
      first = first.slice(0, na);
      second = second.slice(0, nb);
    }
    const ids = [this.clsId, ...first, this.sepId, ...second, this.sepId];
    const typeIds = ids.map((_, i) => (i < first.length + 2 ? 0 : 1));
    return { ids, typeIds };
  }
}
