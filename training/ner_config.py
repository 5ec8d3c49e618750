"""Settings of the NER training (``training.train_ner``): data paths, CRF parameters, the
decoding and feature switches of the shipped model, and the dev ablation rows.

Constants only; importing does no work. Re-exported by :mod:`training.train_ner`.
"""
from __future__ import annotations

from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TRAIN = "anercorp_camel/ANERCorp_CamelLab_train.txt"
DEV_FRACTION = 0.10
PARAMS = {"c1": 0.05, "c2": 0.1, "max_iterations": 250}
#: Recall-biased decoding: a Viterbi ``O`` with marginal below this becomes its best entity
#: label (chosen on dev with ``--thresholds``; ``None`` = plain Viterbi).
O_THRESHOLD: float | None = 0.7
#: Feature switches of the shipped model (``Featurizer`` keyword arguments).
#: ``lexicon="PER"``: the induced name lexicon (``training/ner_lexicon.py``), PER shares only
#: (dev: all labels 80.2, PER only 81.3, PER + neighbour rows 80.3; no lexicon 80.3).
SHIPPED_FEATURES: dict = {"lexicon": "PER"}
SWEEP = (None, 0.9, 0.8, 0.7, 0.6, 0.5)
#: Neural tagger (``training/ner_neural.py``, a BiLSTM) mixed into the recall-biased decoding:
#: marginals ``(1 - mix) · CRF + mix · network`` (``0``: no network, the shipped model; with
#: the current gazetteers mix 0.3 gained only +0.1 / +0.4 dev F1 on the two folds at half the
#: NER speed, see MODEL_CARD.md). ``--neural-mix 0.3`` builds it.
NEURAL_MIX = 0.0
NEURAL_HP: dict = {"lstm": 96}
#: The BiLSTM's probabilities stacked as CRF features (``khabar/ner/neural_stack.py``, mode
#: ``"b"``; jackknifed like the lexicon, ``training/ner_stack.py``), built with ``--stack``.
#: Dev (``training.ner_neural_harness``): +1.7 / +0.5 F1 over the CRF alone on the two folds
#: (Wojood +2.3) and, batched by ``Pipeline.pipe``, 25k words/s on one-sentence documents; but
#: the quotes dev speakers fall 0.942 -> 0.928 with it: not shipped (MODEL_CARD.md, session 9).
NEURAL_STACK = "b"
#: Networks ``--stack KIND`` can stack (``training.ner_neural`` hyper-parameters): the BiLSTM
#: (default) or the recurrence-free bidirectional scan (QRNN fo-pooling over the token and
#: its neighbour, ``training/ner_neural_scan.py``; numpy inference without a per-token loop,
#: ``khabar/ner/neural_scan.py``), one layer (``scan``) or two (``scan2``). Dev, network
#: alone (main fold): BiLSTM 79.5, scan 77.9, scan2 79.0; NER step on one-sentence documents
#: vs the BiLSTM: scan faster, scan2 slower, neither ≥ 22k words/s (MODEL_CARD.md, session 8).
STACK_NETS: dict = {"lstm": dict(NEURAL_HP), "scan": {"scan": 96, "win": 2},
                    "scan2": {"scan": 96, "win": 2, "layers": 2}}
#: Decoding of the stacked model: plain Viterbi (the stacked CRF is already recall-heavy;
#: chosen on the main dev fold, also best on fold 8).
STACKED_O_THRESHOLD: float | None = None


#: Words seen at most this often in the training part lose their identity features there
#: (``0``: none do), so the model learns to tag unseen names from context, clusters, affixes
#: and gazetteers instead of memorizing them.
RARE_DROP = 1
_IDENTITY = ("w=", "c=", "x=", "bg-=", "bg+=")


ABLATIONS = {
    "full": {},
    "- recall-biased decoding": {"o_threshold": None},
    "- consistency pass": {"consistency": False},
    "- rare-word forgetting": {"rare_drop": 0},
    "- induced lexicon": {"lexicon": False},
    "+ morphology features": {"morph": True},
    "- clusters": {"clusters": False},
    "- gazetteers/triggers": {"gazetteer": False},
    "- clitic/article stripping": {"clitics": False},
    "- affixes": {"affixes": False},
    "words+shape only": {"clusters": False, "gazetteer": False, "clitics": False,
                         "affixes": False, "lexicon": False},
}
