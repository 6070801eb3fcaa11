"""Writes test/fixtures/ml/tiny-cross-encoder/{model.onnx,tokenizer.json}: a few-KB stand-in with
the interface of a BERT cross-encoder (inputs input_ids / attention_mask / token_type_ids, output
logits [batch, 1]) so the cross-encoder code path is tested without real weights (none are on the
package index). Its logit is a fixed, readable function of the pair:
    logit = sum over real tokens of  token_type * DOC_WEIGHT[id] + (1 - token_type) * QUERY_WEIGHT[id]
so a test can tell whether the pair was built right ([CLS] query [SEP] doc [SEP], types 0/1) and
whether padding was masked.
Run: python3 -m venv /tmp/v && /tmp/v/bin/pip install onnx numpy tokenizers && /tmp/v/bin/python test/ml/make_tiny_cross_encoder.py
"""
import os
import numpy as np
from onnx import TensorProto, helper, numpy_helper, save_model, checker
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "ml", "tiny-cross-encoder")
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = ["kubernetes", "python", "java", "engineer", "senior", "nurse", "chef", "remote", "the", "a", "for", "with", "and", "go", "rust"]
DOC_WEIGHT = {"kubernetes": 3.0, "python": 2.0, "engineer": 1.0, "senior": 0.5, "chef": -2.0, "nurse": -1.0}
QUERY_WEIGHT = {"remote": 0.25}

vocab = {t: i for i, t in enumerate(SPECIAL + WORDS)}
tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
tok.normalizer = normalizers.BertNormalizer(lowercase=True)
tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
tok.post_processor = processors.TemplateProcessing(
    single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
    special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
tok.add_special_tokens(SPECIAL)

wd = np.zeros((len(vocab), 1), np.float32); wq = np.zeros((len(vocab), 1), np.float32)
for w, v in DOC_WEIGHT.items(): wd[vocab[w], 0] = v
for w, v in QUERY_WEIGHT.items(): wq[vocab[w], 0] = v
n = lambda op, ins, out, **kw: helper.make_node(op, ins, [out], **kw)
nodes = [
    n("Cast", ["attention_mask"], "m", to=TensorProto.FLOAT),
    n("Cast", ["token_type_ids"], "t", to=TensorProto.FLOAT),
    n("Sub", ["one", "t"], "q"),
    n("Mul", ["m", "t"], "mt"), n("Mul", ["m", "q"], "mq"),
    n("Gather", ["wd", "input_ids"], "gd"), n("Gather", ["wq", "input_ids"], "gq"),  # [B,S,1]
    n("Unsqueeze", ["mt", "ax2"], "mt3"), n("Unsqueeze", ["mq", "ax2"], "mq3"),
    n("Mul", ["gd", "mt3"], "sd"), n("Mul", ["gq", "mq3"], "sq"),
    n("Add", ["sd", "sq"], "s"),
    n("ReduceSum", ["s", "ax1"], "logits", keepdims=0),  # [B,1]
]
ids = lambda name: helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "sequence"])
inits = [numpy_helper.from_array(wd, "wd"), numpy_helper.from_array(wq, "wq"),
         numpy_helper.from_array(np.array(1.0, np.float32), "one"),
         numpy_helper.from_array(np.array([2], np.int64), "ax2"), numpy_helper.from_array(np.array([1], np.int64), "ax1")]
graph = helper.make_graph(nodes, "tiny-cross-encoder", [ids("input_ids"), ids("attention_mask"), ids("token_type_ids")],
                          [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 1])], inits)
model = helper.make_model(graph, producer_name="resume-rag test", opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
checker.check_model(model)
os.makedirs(OUT, exist_ok=True)
save_model(model, os.path.join(OUT, "model.onnx"))
tok.save(os.path.join(OUT, "tokenizer.json"))
print("wrote", OUT)
