"""Request and response models of the HTTP API (they also make the OpenAPI schema)."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class AnalyzeRequest(BaseModel):
    """Body of ``POST /analyze``."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"text": "قال المتحدث باسم الأمم المتحدة إن المفاوضات ستستأنف غدا.",
                      "date": "2014-02-13"}]})

    text: str = Field(description="the raw text (never rewritten: every span is an offset "
                                  "into it)")
    date: str | None = Field(default=None, description="document date YYYY-MM-DD, used to "
                                                       "resolve relative dates (أمس, الخميس)")
    format: Literal["json", "conllu", "pretty"] = Field(
        default="json", description="json: the Document JSON contract (schema 1); conllu and "
                                    "pretty: text/plain renderings")


class ErrorBody(BaseModel):
    """Every 4xx/5xx answer: one message saying what was wrong and what to do."""

    detail: Any


class SearchHit(BaseModel):
    doc: int
    hash: str
    id: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    topic: str | None = None
    score: float
    snippet: str = Field(description="raw text around the matches")
    highlights: list[list[int]] = Field(description="[start, end) code-point offsets of the "
                                                    "matched words in the snippet")
    all_words: bool = Field(description="false when the document has only some of the words")


class SearchResult(BaseModel):
    query: str
    hits: list[SearchHit]


class EntitySuggestion(BaseModel):
    canonical: str
    label: str
    mentions: int
    match: str = Field(description="prefix, substring or word")


class EntityList(BaseModel):
    query: str
    entities: list[EntitySuggestion]


class StoryMember(BaseModel):
    doc: int
    id: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    score: float
    dup_cluster: int | None = None


class Story(BaseModel):
    story: int
    title: str
    size: int
    first_date: str
    last_date: str
    days: int
    title_doc: int | None = None
    members: list[StoryMember]


class StoryList(BaseModel):
    stories: list[Story]


class Period(BaseModel):
    period: str
    mentions: int
    documents: int


class EntityTimeline(BaseModel):
    query: str
    canonical: str
    label: str
    labels: dict[str, int]
    keys: list[str]
    mentions: int
    documents: int
    first_date: str | None = None
    last_date: str | None = None
    bucket: str
    timeline: list[Period]
    undated: dict[str, int]
    cooccurring: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    quotes_total: int


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "bad input (a KhabarError's message)"},
    404: {"model": ErrorBody, "description": "unknown document or entity, or no corpus"},
    413: {"model": ErrorBody, "description": "request body over the size limit"},
    422: {"model": ErrorBody, "description": "malformed JSON or parameters"},
    503: {"model": ErrorBody, "description": "over the per-request time limit"},
}
