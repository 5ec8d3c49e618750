"""Search-result snippets: a window of raw text around the matches, with highlights.

Backend-neutral (used by every store): highlights are ``(start, end)`` offsets into the
returned snippet, computed from raw-text offsets of the matched tokens.
"""
from __future__ import annotations

SNIPPET_CHARS = 220


def make_snippet(text: str, spans: list[tuple[int, int, int]],
                 width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the densest matches; highlights relative to it.

    ``spans`` are ``(start, end, item)`` raw offsets; the window holds the most distinct items.
    """
    n = len(text)
    if not spans:
        a, b = 0, min(n, width)
    else:
        # Sliding window over the sorted spans: most distinct items, then most matches.
        reach = width * 3 // 4
        counts: dict[int, int] = {}
        best, best_key, j = spans[0], (-1, 0), 0
        for i, (s, _, _) in enumerate(spans):
            while j < len(spans) and spans[j][1] <= s + reach:
                counts[spans[j][2]] = counts.get(spans[j][2], 0) + 1
                j += 1
            key = (len(counts), j - i)
            if key > best_key:
                best, best_key = spans[i], key
            k = spans[i][2]
            if i < j:
                counts[k] -= 1
                if not counts[k]:
                    del counts[k]
        a = max(0, best[0] - width // 4)
        b = min(n, a + width)
        a = max(0, min(a, b - width))
    # Cut at spaces, never inside a word.
    if a > 0:
        sp = text.rfind(" ", max(0, a - 20), a)
        a = sp + 1 if sp >= 0 else a
    if b < n:
        sp = text.find(" ", b, min(n, b + 20))
        b = sp if sp >= 0 else b
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < n else ""
    body = text[a:b]
    # Collapse whitespace while keeping highlight offsets right.
    out: list[str] = [prefix]
    pos_map: dict[int, int] = {}
    length = len(prefix)
    prev_space = False
    for i, ch in enumerate(body):
        pos_map[a + i] = length
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        out.append(ch)
        length += 1
    pos_map[b] = length
    snippet = "".join(out).rstrip() + suffix
    hl = []
    for s, e, _ in spans:
        if s >= a and e <= b and s in pos_map and e in pos_map:
            hl.append((pos_map[s], pos_map[e]))
    return snippet, _merge(hl)


def _merge(hl: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(hl):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
