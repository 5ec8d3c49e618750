"""Reading a SQL store: documents, near-duplicate clusters, statistics, and the doors to
stories and entity timelines (:class:`SQLReading`, mixed into
:class:`~khabar.corpus.sqlbase.SQLStore`)."""
from __future__ import annotations

from typing import Any

from khabar.corpus.prepare import decode_analysis
from khabar.errors import InputError


class SQLReading:
    """What a SQL store reads back; needs ``self.conn``, ``self.location`` and
    ``self._bytes()``."""

    conn: Any
    location: str

    def _bytes(self) -> int:
        raise NotImplementedError

    def document(self, key: int | str) -> Any:
        """The stored analysis of a document (by id or content hash) as a Document; raises
        InputError when there is none."""
        from khabar.io.jsoncodec import document_from_json
        col = "d.id" if isinstance(key, int) else "d.hash"
        row = self.conn.execute(f"SELECT a.json FROM analyses a JOIN documents d ON d.id = a.doc "
                                f"WHERE {col} = ?", (key,)).fetchone()
        if row is None:
            raise InputError(f"no document {key!r} in {self.location}")
        return document_from_json(decode_analysis(bytes(row[0])))

    def dup_clusters(self, min_size: int = 2, limit: int | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT cluster, count(*) AS n FROM dups GROUP BY cluster "
               "HAVING count(*) >= ? ORDER BY n DESC, cluster")
        args: list[Any] = [max(min_size, 2)]
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        out = []
        for cluster, n in self.conn.execute(sql, args).fetchall():
            members = [
                {"doc": r[0], "similarity": round(r[1], 3), "id": r[2], "title": r[3],
                 "date": r[4], "source": r[5], "origin": r[6]}
                for r in self.conn.execute(
                    "SELECT d.id, x.similarity, d.ext_id, d.title, d.date, d.source, d.origin "
                    "FROM dups x JOIN documents d ON d.id = x.doc WHERE x.cluster = ? "
                    "ORDER BY d.id", (cluster,))]
            out.append({"cluster": cluster, "size": n, "members": members})
        return out

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"documents": one("SELECT count(*) FROM documents"),
                "entities": one("SELECT count(*) FROM entities"),
                "quotes": one("SELECT count(*) FROM quotes"),
                "dates": one("SELECT count(*) FROM dates"),
                "dup_clusters": one("SELECT count(DISTINCT cluster) FROM dups"),
                "dup_documents": one("SELECT count(*) FROM dups"),
                "bytes": self._bytes()}

    def update_stories(self, rebuild: bool = False, params: Any = None,
                       progress: Any = None) -> Any:
        from khabar.corpus.stories import update_stories
        return update_stories(self, rebuild=rebuild, params=params, progress=progress)

    def stories(self, since: str | None = None, until: str | None = None, min_size: int = 2,
                limit: int | None = None) -> list[Any]:
        from khabar.corpus.stories import list_stories
        return list_stories(self, since=since, until=until, min_size=min_size, limit=limit)

    def entity(self, name: str, bucket: str = "auto", top: int = 10, quotes: int = 20) -> Any:
        from khabar.corpus.entity import entity_timeline
        return entity_timeline(self, name, bucket=bucket, top=top, quotes=quotes)

    def suggest_entities(self, name: str, limit: int = 8) -> list[dict[str, Any]]:
        from khabar.corpus.entity import suggest
        return suggest(self, name, limit=limit)
