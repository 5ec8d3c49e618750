"""Components registered by name, and the Pipeline that checks and runs them.

A component is a plain callable ``fn(doc) -> None`` that reads some layers of a
:class:`~khabar.document.Document` and sets others. It is registered with the layers it
``requires`` and ``provides``, and optionally a ``batch`` function ``batch(docs) -> None``
that does the same for a list of documents at once (e.g. one neural network call over all
their sentences); :class:`Pipeline` checks the chain when it is built and runs the
components in the order given, one document at a time (``pipe(text)``) or over batches of
documents (``pipe.pipe(texts)``, :mod:`khabar.pipe_batch`). Models load lazily, on first
use, never at import.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Sequence

from khabar.document import Document
from khabar.errors import ConfigError, InputError


@dataclass(frozen=True)
class Component:
    name: str
    fn: Callable[[Document], None]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    doc: str = ""
    #: optional ``batch(docs) -> None``: the same work for a list of documents at once
    batch: Callable[[list[Document]], None] | None = None


_REGISTRY: dict[str, Component] = {}
DEFAULT_COMPONENTS = ("repair", "tokens", "sentences", "articles", "morph", "ner", "quotes",
                      "temporal", "topic", "keywords", "summary")


def component(name: str, requires: Sequence[str] = (), provides: Sequence[str] = (),
              batch: Callable[[list[Document]], None] | None = None):
    """Decorator: register ``fn`` as component ``name`` (``batch``: an optional function that
    does ``fn``'s work for a list of documents at once, used by :meth:`Pipeline.pipe`; it
    must give each document what ``fn`` would)."""
    def deco(fn: Callable[[Document], None]) -> Callable[[Document], None]:
        _REGISTRY[name] = Component(name, fn, tuple(requires), tuple(provides),
                                    (fn.__doc__ or "").strip().split("\n")[0], batch)
        return fn
    return deco


def registry() -> dict[str, Component]:
    """All registered components by name (registering the built-in ones first)."""
    import khabar.components  # noqa: F401  (registers the built-ins)
    return dict(_REGISTRY)


class Pipeline:
    """An ordered, checked chain of components, built once and applied to many documents."""

    def __init__(self, names: Iterable[str] = DEFAULT_COMPONENTS) -> None:
        """Raises :class:`ConfigError` for an unknown name or an unmet requirement."""
        reg = registry()
        have: set[str] = set()
        self.components: list[Component] = []
        for name in names:
            if name not in reg:
                raise ConfigError(f"unknown component {name!r}; known: {', '.join(sorted(reg))}")
            comp = reg[name]
            missing = [r for r in comp.requires if r not in have]
            if missing:
                raise ConfigError(f"component {name!r} requires {', '.join(missing)}, which no "
                                  f"earlier component provides; put a provider before it")
            have.update(comp.provides)
            self.components.append(comp)
        self.names = tuple(c.name for c in self.components)

    def __call__(self, text: str, date: str | None = None, meta: dict | None = None) -> Document:
        """Analyze ``text``. Raises :class:`InputError` if ``text`` is not a str or ``date``
        is no date."""
        doc = new_document(text, date, meta)
        for comp in self.components:
            comp.fn(doc)
        return doc

    def pipe(self, items: Iterable[str | tuple], batch_size: int = 64) -> Iterator[Document]:
        """Analyze many documents, yielding them in input order; the same documents as
        ``[self(...) for ...]``, but each component runs over a batch of ``batch_size``
        documents at a time (its batch function when it has one, e.g. the NER network
        over all sentences of the batch).

        ``items``: texts, or tuples ``(text, date)`` / ``(text, date, meta)`` (``date`` and
        ``meta`` may be ``None``). Raises :class:`InputError` naming the item's position
        (0-based) for an item that is not a str or such a tuple, or a bad date; the documents
        before it are yielded first. Raises :class:`ConfigError` for ``batch_size`` < 1 (at
        the call). An error raised by a component ends the iteration without the documents
        of that batch (``khabar analyze`` then redoes them one by one).
        """
        from khabar.pipe_batch import iter_batches
        return iter_batches(self, items, batch_size)

    def run_batch(self, docs: list[Document]) -> None:
        """Run every component over ``docs`` (new documents from :func:`new_document`), in
        pipeline order: its batch function if it has one, else its function per document."""
        for comp in self.components:
            if comp.batch is not None:
                comp.batch(docs)
            else:
                for doc in docs:
                    comp.fn(doc)


def new_document(text: str, date: str | None = None, meta: dict | None = None) -> Document:
    """An empty document for ``text``. Raises :class:`InputError` if ``text`` is not a str or
    ``date`` is no date."""
    if not isinstance(text, str):
        raise InputError(f"analyze() takes a str, got {type(text).__name__}; decode bytes "
                         f"with khabar.text.decode.decode_bytes first")
    return Document(raw=text, date=_check_date(date), meta=dict(meta or {}))


def _check_date(date: str | None) -> str | None:
    if date is None or date == "":
        return None
    import datetime
    try:
        return datetime.date.fromisoformat(str(date)[:10]).isoformat()
    except ValueError:
        raise InputError(f"bad document date {date!r}; give it as YYYY-MM-DD") from None


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The shared default pipeline (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def analyze(text: str, date: str | None = None, meta: dict | None = None) -> Document:
    """Analyze one text with the default pipeline. Raises :class:`KhabarError` subclasses."""
    return default_pipeline()(text, date=date, meta=meta)
