"""The incremental story clustering: one pass over documents in ``(date, id)`` order.

:class:`Clusterer` compares each document (:class:`Doc`) with the *active* stories
(:class:`StoryState`, whose last document is at most ``window`` days older) and joins the best
one whose score reaches ``threshold``, else starts a new story; the scoring is described in
:mod:`khabar.corpus.stories`. Nothing here touches the store: the features come from
:mod:`khabar.corpus.stories_features` and the pass is driven by
:func:`khabar.corpus.stories.update_stories`.
"""
from __future__ import annotations

import datetime
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from khabar.errors import InputError

W_CONTENT, W_ENTITY, W_DATE = 0.6, 0.3, 0.1


@dataclass(frozen=True)
class StoryParams:
    """Clustering parameters (stored with the stories; a change triggers a rebuild)."""

    window: int = 3            # days between a story's last document and a new one
    threshold: float = 0.3     # combined score to join a story
    min_content: float = 0.3   # content cosine a document needs to join a story

    def check(self) -> StoryParams:
        """``self`` when every parameter is in range; raises
        :class:`~khabar.errors.InputError` naming the first one that is not."""
        if self.window < 0:
            raise InputError(f"--window {self.window}: give a number of days ≥ 0")
        if not 0.0 < self.threshold <= 1.0:
            raise InputError(f"--threshold {self.threshold}: give a score in (0, 1]")
        if not 0.0 <= self.min_content <= 1.0:
            raise InputError(f"min_content {self.min_content}: give a cosine in [0, 1]")
        return self


@dataclass
class Doc:
    """The features of one document for clustering."""

    id: int
    date: str
    day: int
    vec: dict[str, float]             # unit TF-IDF vector over stems
    keys: list[str]                   # heaviest terms, for candidates
    ents: set[str]                    # normalized canonical names
    dates: set[str]                   # resolved days mentioned
    cluster: int | None = None        # near-duplicate cluster


@dataclass
class StoryState:
    """A story during the pass: its members, centroid, names, dates and candidate keys."""

    id: int
    first: str
    last: str
    last_day: int
    members: list[int] = field(default_factory=list)
    vecs: list[dict[str, float]] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    ents: Counter[str] = field(default_factory=Counter)
    dates: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)

    def add(self, d: Doc) -> None:
        """Add document ``d`` to the story (its vector to the centroid; raises nothing)."""
        self.members.append(d.id)
        self.vecs.append(d.vec)
        c = self.centroid
        for t, w in d.vec.items():
            c[t] = c.get(t, 0.0) + w
        self.norm2 = math.fsum(v * v for v in c.values())
        self.ents.update(d.ents)
        self.dates |= d.dates
        self.keys.update(d.keys)
        self.keys.update("@" + e for e in d.ents)
        if d.date > self.last:
            self.last, self.last_day = d.date, d.day
        self.first = min(self.first, d.date)

    def content(self, vec: dict[str, float]) -> float:
        """The cosine of the unit vector ``vec`` with the centroid (0 for an empty story)."""
        if not self.norm2:
            return 0.0
        c = self.centroid
        return sum(w * c.get(t, 0.0) for t, w in vec.items()) / math.sqrt(self.norm2)

    def central(self) -> int:
        """The member closest to the centroid (the earliest on a tie); raises IndexError
        when the story has no member."""
        best, best_s = self.members[0], -1.0
        for doc, v in zip(self.members, self.vecs):
            s = round(self.content(v), 9)
            if s > best_s:
                best, best_s = doc, s
        return best


def day_ordinal(date: str) -> int:
    """The proleptic ordinal of the day ``date[:10]`` (``YYYY-MM-DD``); raises ValueError
    when it is not a valid ISO day."""
    return datetime.date.fromisoformat(date[:10]).toordinal()


class Clusterer:
    """The single pass: feed documents in ``(date, id)`` order with :meth:`place`."""

    def __init__(self, params: StoryParams, seen: int = 0,
                 entity_df: Counter[str] | None = None,
                 cluster_story: dict[int, int] | None = None,
                 load_story: Callable[[int], StoryState | None] | None = None) -> None:
        self.p = params
        self.seen = seen
        self.df: Counter[str] = entity_df if entity_df is not None else Counter()
        self.cluster_story = cluster_story if cluster_story is not None else {}
        self.load_story = load_story
        self.active: dict[int, StoryState] = {}
        self.postings: dict[str, set[int]] = {}
        self.today = -1

    def activate(self, s: StoryState) -> None:
        """Make story ``s`` a candidate for the next documents."""
        self.active[s.id] = s
        for k in s.keys:
            self.postings.setdefault(k, set()).add(s.id)

    def _expire(self, day: int) -> None:
        if day == self.today:
            return
        self.today = day
        for sid in [sid for sid, s in self.active.items() if s.last_day < day - self.p.window]:
            s = self.active.pop(sid)
            for k in s.keys:
                ps = self.postings.get(k)
                if ps is not None:
                    ps.discard(sid)
                    if not ps:
                        del self.postings[k]

    def _ent_weight(self, e: str) -> float:
        return math.log((self.seen + 1) / (self.df.get(e, 0) + 1)) + 1.0

    def score(self, d: Doc, s: StoryState, content: float | None = None) -> tuple[float, float]:
        """``(score, content)`` of document ``d`` against story ``s`` (``content``: the
        cosine when the caller has it already)."""
        if content is None:
            content = s.content(d.vec)
        ent = 0.0
        shared = [e for e in d.ents if e in s.ents]
        if shared:
            # Cosine of the document's rarity-weighted names with the story's (weight ×
            # the share of its documents naming it).
            n = len(s.members)
            w = {e: self._ent_weight(e) for e in d.ents.union(s.ents)}
            dot = math.fsum(w[e] * w[e] * s.ents[e] / n for e in shared)
            nd = math.fsum(w[e] * w[e] for e in d.ents)
            ns = math.fsum((w[e] * c / n) ** 2 for e, c in s.ents.items())
            ent = dot / math.sqrt(nd * ns)
        dates = 1.0 if d.dates & s.dates else 0.0
        return W_CONTENT * content + W_ENTITY * ent + W_DATE * dates, content

    def place(self, d: Doc) -> tuple[int, float]:
        """Place one document; returns ``(story id, score)``. Raises nothing of its own
        (``load_story`` may raise the store's errors)."""
        self._expire(d.day)
        story, score = None, 1.0
        if d.cluster is not None and d.cluster in self.cluster_story:
            sid = self.cluster_story[d.cluster]
            story = self.active.get(sid)
            if story is None and self.load_story is not None:
                story = self.load_story(sid)     # a wire copy of a story out of the window
                if story is not None:
                    self.activate(story)
        if story is None:
            story, score = self._best(d)
        if story is None:
            story = StoryState(id=d.id, first=d.date, last=d.date, last_day=d.day)
            story.add(d)
            self.activate(story)
        else:
            new_keys = set(d.keys) | {"@" + e for e in d.ents}
            story.add(d)
            for k in new_keys:
                self.postings.setdefault(k, set()).add(story.id)
        self._after(d, story)
        return story.id, score

    def _best(self, d: Doc) -> tuple[StoryState | None, float]:
        """The active story ``d`` joins and its score, or ``(None, 1.0)``."""
        cands: set[int] = set()
        for k in d.keys:
            cands |= self.postings.get(k, set())
        for e in d.ents:
            cands |= self.postings.get("@" + e, set())
        best, best_s = None, 0.0
        for sid in sorted(cands):
            s = self.active[sid]
            content = s.content(d.vec)
            if content < self.p.min_content:
                continue            # cannot join: skip the dearer name and date terms
            sc = round(self.score(d, s, content)[0], 9)
            if sc >= self.p.threshold and sc > best_s:
                best, best_s = s, sc
        return (best, best_s) if best is not None else (None, 1.0)

    def _after(self, d: Doc, story: StoryState) -> None:
        self.seen += 1
        self.df.update(d.ents)
        if d.cluster is not None:
            self.cluster_story.setdefault(d.cluster, story.id)
