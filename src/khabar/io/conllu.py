"""CoNLL-U output: one block per sentence; FORM is the raw surface text exactly.

A token with several words is written as a multiword-token range ``i-j``. Repairs go in
MISC (``Repair=...``), and ``SpaceAfter=No`` marks tokens followed directly by the next
one, so the output aligns character for character with the input.
"""
from __future__ import annotations

from khabar.document import Document


def _esc(s: str) -> str:
    return s.replace("\n", " ").replace("\r", " ").replace("\t", " ") or "_"


def _form(s: str) -> str:
    # CoNLL-U forbids whitespace inside FORM only for tabs/newlines; keep the rest exact.
    return s.replace("\t", " ").replace("\n", " ").replace("\r", " ") or "_"


def to_conllu(doc: Document, doc_id: str | None = None) -> str:
    """Render ``doc`` as CoNLL-U text (ends with a blank line per sentence)."""
    raw = doc.raw
    repairs = {(r.start, r.end): r for r in doc.repairs}
    rep_starts = sorted(doc.repairs, key=lambda r: r.start)
    lines: list[str] = []
    if doc_id:
        lines.append(f"# newdoc id = {_esc(doc_id)}")
    groups = doc.tokens_by_sentence()
    for si, toks in enumerate(groups):
        if not toks:
            continue
        lines.append(f"# sent_id = {si + 1}")
        if doc.sentences:
            s = doc.sentences[si]
            lines.append(f"# text = {_esc(raw[s.start:s.end])}")
        wid = 1
        for ti, tok in enumerate(toks):
            misc = []
            nxt = toks[ti + 1].start if ti + 1 < len(toks) else None
            if nxt is not None and nxt == tok.end:
                misc.append("SpaceAfter=No")
            rep = repairs.get((tok.start, tok.end)) or _covering(rep_starts, tok.start, tok.end)
            if rep is not None:
                misc.append(f"Repair={_esc(rep.replacement).replace(' ', '_')}")
                misc.append(f"RepairKind={rep.kind}")
            form = _form(raw[tok.start:tok.end])
            misc_s = "|".join(misc) or "_"
            words = tok.words or ()
            if len(words) > 1:
                lines.append(f"{wid}-{wid + len(words) - 1}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc_s}")
                for w in words:
                    lines.append(f"{wid}\t{_form(w.text)}\t{w.lemma or '_'}\t{w.upos or '_'}"
                                 f"\t_\t_\t_\t_\t_\t_")
                    wid += 1
            else:
                w = words[0] if words else None
                lemma = (w.lemma if w else None) or "_"
                upos = (w.upos if w else None) or "_"
                lines.append(f"{wid}\t{form}\t{lemma}\t{upos}\t_\t_\t_\t_\t_\t{misc_s}")
                wid += 1
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


def _covering(reps, start: int, end: int):
    for r in reps:
        if r.start <= start and end <= r.end and r.start < r.end:
            return r
        if r.start > start:
            break
    return None
