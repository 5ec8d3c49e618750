"""The sentence-final copy artefacts of the PADT export behind the shared UD Arabic-PADT files.

That export writes a sentence-final multiword token as one copy of its surface per word,
each copy a one-word token carrying one of the words' UPOS and lemma («… بمصر بمصر» for
ب + مصر, «لمساعدتنا» three times for ل + مساعدة + نا): 101 train sentences, 11 dev. No
system can reproduce them from the raw text, so ``khabar evaluate morph --report-artefacts``
also scores without the sentences that hold one (:func:`artefact_blocks`), as a diagnostic
next to the headline figures on the gold as given.

:func:`final_run` is the detection rule (the segmenter's and tagger's training drop the
same runs through ``training.seg_padt``). :func:`sentence_blocks` splits a CoNLL-U text
into sentence blocks, :func:`block_tokens` reads one block's surface tokens,
:func:`without_artefacts` gives the gold and system texts without the artefact sentences.
"""
from __future__ import annotations

from dataclasses import dataclass

from khabar.morph.seg_text import is_arabic_word, strip

Sent = list[tuple[str, tuple[str, ...]]]


def final_run(sent: Sent) -> int:
    """Length of the export artefact that ends ``sent`` (surface form, words per token), else
    0: a run of k ≥ 2 identical Arabic one-word tokens at the end of the sentence (no train or
    dev sentence ends in a properly split multiword token). Raises nothing."""
    if not sent or len(sent[-1][1]) != 1 or not is_arabic_word(strip(sent[-1][0])):
        return 0
    form = sent[-1][0]
    k = 1
    while k < len(sent) and sent[-k - 1][0] == form and len(sent[-k - 1][1]) == 1:
        k += 1
    return k if k >= 2 else 0


def sentence_blocks(text: str) -> list[list[str]]:
    """The lines of each sentence of a CoNLL-U text (comments included; blocks are separated
    by blank or whitespace-only lines, as :func:`khabar.evaluate.morph.read_gold` reads them).
    Raises nothing."""
    blocks: list[list[str]] = []
    cur: list[str] = []
    for line in text.splitlines():
        if line.strip():
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def block_tokens(lines: list[str]) -> Sent:
    """(surface form, words) of each surface token of one CoNLL-U sentence block: a range
    line ``i-j`` with the FORMs of its words, or a word outside any range as its own token.
    Comments, empty nodes (``i.k``) and lines with fewer than two columns are skipped; a
    malformed ID is treated as a word outside any range. Raises nothing."""
    toks: list[list] = []
    range_end = 0
    for line in lines:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or "." in cols[0]:
            continue
        wid = cols[0]
        if "-" in wid:
            end = wid.split("-", 1)[1]
            range_end = int(end) if end.isdigit() else 0
            toks.append([cols[1], []])
            continue
        if wid.isdigit() and int(wid) <= range_end and toks:
            toks[-1][1].append(cols[1])
        else:
            toks.append([cols[1], [cols[1]]])
    return [(form, tuple(words)) for form, words in toks]


def artefact_blocks(text: str) -> list[int]:
    """Length of the final copy run of each sentence block of ``text`` (0 for none), in the
    order of :func:`sentence_blocks`. Raises nothing."""
    return [final_run(block_tokens(b)) for b in sentence_blocks(text)]


@dataclass(frozen=True)
class Excluded:
    """What :func:`without_artefacts` left out: sentences, their gold surface tokens and
    words, and how many of those tokens are the copies themselves."""

    sentences: int
    tokens: int
    words: int
    copies: int


def without_artefacts(blocks: list[list[str]], system: list[str | None]
                      ) -> tuple[str, str, Excluded]:
    """(gold text, system text, what was left out) without the sentences whose gold block
    ends in a copy run. Whole sentences go, from both sides (the system's output of a gold
    sentence is ``system[i]`` for ``blocks[i]``; None where the system has none), so the
    character sequences the CoNLL 2018 scorer compares still match. Raises ValueError when
    ``blocks`` and ``system`` differ in length."""
    if len(blocks) != len(system):
        raise ValueError(f"{len(blocks)} gold sentences but {len(system)} system outputs")
    gold_out: list[str] = []
    sys_out: list[str] = []
    n_sent = n_tok = n_words = n_copies = 0
    for lines, sys_text in zip(blocks, system):
        toks = block_tokens(lines)
        k = final_run(toks)
        if k:
            n_sent += 1
            n_tok += len(toks)
            n_words += sum(len(w) for _, w in toks)
            n_copies += k
            continue
        gold_out.append("\n".join(lines) + "\n\n")
        if sys_text is not None:
            sys_out.append(sys_text)
    return "".join(gold_out), "".join(sys_out), Excluded(n_sent, n_tok, n_words, n_copies)
