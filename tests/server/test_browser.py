"""The web page end to end: real headless Chromium (Debian's) driven by Playwright, against a
real uvicorn server on a free loopback port."""
from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Iterator

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason=f"{CHROMIUM} not installed (Debian package chromium)")
TIMEOUT = 20_000   # ms


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        # Playwright gives every launch a fresh temporary profile (user data dir).
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


class Page:
    """A page on the live server that records dialogs, page errors and console errors."""

    def __init__(self, browser: object, base: str, bypass_csp: bool = False) -> None:
        self.ctx = browser.new_context(viewport={"width": 1200, "height": 900},
                                       bypass_csp=bypass_csp, locale="ar")
        self.page = self.ctx.new_page()
        self.page.set_default_timeout(TIMEOUT)
        self.base = base
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.console: list[str] = []       # console errors: failed loads, CSP violations
        self.page.on("console", lambda m: m.type == "error" and self.console.append(m.text))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, route: str = "") -> object:
        self.page.goto(self.base + "/" + route)
        self.page.wait_for_selector("body[data-ready]")
        return self.page

    def analyze(self, text: str, date: str | None = None) -> object:
        page = self.open("#/analyze")
        page.fill("#analyze-text", text)
        if date:
            page.fill("#analyze-date", date)
        page.click("#analyze-button")
        page.wait_for_selector("#analyze-result .doc-text")
        return page

    def close(self) -> None:
        self.ctx.close()


@pytest.fixture
def page(browser: object, live_server: object) -> Iterator[Page]:
    p = Page(browser, live_server.url)
    yield p
    assert not p.errors, p.errors
    assert not p.console, p.console
    p.close()


def test_paste_text_shows_entities_quotes_repairs_dates(page):
    text = ("قال المتحدث باسم الأممالمتحدة في جنيف أمس إن \"المفاوضات ستستأنف الأسبوع المقبل\"، "
            "وأضاف أن الأخضر الإبراهيمي سيلتقي الوفدين.")
    pg = page.analyze(text, "2014-02-13")
    ents = pg.eval_on_selector_all(".doc-text .ent", "xs => xs.map(x => [x.dataset.label, "
                                                     "x.dataset.entity])")
    assert ["ORG", "الأمم المتحدة"] in ents and ["LOC", "جنيف"] in ents
    rep = pg.locator(".doc-text .repair").first
    assert rep.text_content() == "الأمم المتحدة"                    # the repaired form …
    assert rep.get_attribute("data-original") == "الأممالمتحدة"      # … and the original
    assert "الأممالمتحدة" in rep.get_attribute("title")
    date = pg.locator(".doc-text .date").first
    assert date.text_content() == "أمس" and date.get_attribute("data-value") == "2014-02-12"
    assert pg.locator(".doc-text .quote").count() >= 1
    assert "المفاوضات ستستأنف" in pg.locator("#panel-quotes").text_content()
    color = pg.locator(".doc-text .ent-LOC").first.evaluate(
        "x => getComputedStyle(x).backgroundColor")
    assert color != pg.locator(".doc-text .ent-ORG").first.evaluate(
        "x => getComputedStyle(x).backgroundColor")
    # The raw text survives: every piece except repairs shows its raw characters.
    shown = pg.locator(".doc-text .art").first.evaluate(
        "a => [...a.childNodes].slice(1).map(n => n.dataset && n.dataset.original !== undefined"
        " ? n.dataset.original : n.textContent).join('')")
    assert shown == text


def test_search_shows_highlighted_snippets(page):
    pg = page.open("#/search")
    pg.fill("#search-q", "المفاوضات")
    pg.click("#search-form button")
    pg.wait_for_selector(".hit mark")
    marks = pg.eval_on_selector_all(".hit mark", "xs => xs.map(x => x.textContent)")
    assert marks and set(marks) <= {"المفاوضات", "مفاوضات"}
    first = pg.locator(".hit-title").first
    assert first.get_attribute("href").startswith("#/doc/")
    first.click()
    pg.wait_for_selector("#document-result .doc-text")
    assert "المفاوضات" in pg.locator("#document-result .doc-text").text_content()


def test_entity_page_has_a_mentions_chart(page, client):
    timeline = client.get("/entities/الأمم المتحدة").json()["timeline"]
    pg = page.open("#/entity/" + "الأمم%20المتحدة")
    pg.wait_for_selector("svg.chart rect.bar")
    bars = pg.eval_on_selector_all("svg.chart rect.bar", "xs => xs.map(x => "
                                   "[x.dataset.period, +x.dataset.mentions, "
                                   "x.getBoundingClientRect().height])")
    assert [(b[0], b[1]) for b in bars] == [(t["period"], t["mentions"]) for t in timeline]
    top = max(b[1] for b in bars)
    assert all(b[2] > 0 for b in bars)
    assert max(bars, key=lambda b: b[2])[1] == top
    # Oldest on the right (the page reads right to left).
    xs = pg.eval_on_selector_all("svg.chart rect.bar", "xs => xs.map(x => x.getBBox().x)")
    assert xs == sorted(xs, reverse=True)
    pg.locator("#entity-result .chips a").first.click()      # a co-occurring entity
    pg.wait_for_function("() => location.hash.startsWith('#/entity/') && "
                         "!location.hash.includes('%D8%A7%D9%84%D8%A3%D9%85%D9%85')")


def test_story_list(page):
    pg = page.open("#/stories")
    pg.wait_for_selector(".story")
    assert pg.locator(".story").count() == 1
    assert pg.locator(".story li").count() == 2
    assert "الأمم المتحدة تدعو إلى هدنة" in pg.locator(".story h3").text_content()


def test_article_text_never_runs_as_script(browser, live_server, client, corpus_docs):
    # CSP off: this checks the page's own DOM building, not only the header's protection.
    p = Page(browser, live_server.url, bypass_csp=True)
    xss = client.get("/documents/6").json()
    assert xss["text"] == corpus_docs[5]["text"] and "<script>" in xss["text"]
    pg = p.analyze(xss["text"])
    assert "<script>window.__xss='script'</script>" in pg.locator(".doc-text").text_content()
    views = ["#/doc/6", "#/search?q=" + "المساعدات", "#/entity/" + "الأمم%20المتحدة",
             "#/stories?min_size=1"]
    for route in views:
        pg = p.open(route)
        pg.wait_for_timeout(400)
    pg = p.open("#/doc/6")
    pg.wait_for_selector("#document-result .doc-text")
    pg.wait_for_timeout(300)
    for sel in ("main script", "main img", "main iframe", "a[href^='javascript']",
                "[onerror]", "[onclick]"):
        assert pg.locator(sel).count() == 0, sel
    assert pg.locator(".source-link").count() == 0           # javascript: URL not linked
    assert "onerror" in pg.locator("#document-result h2").text_content()
    assert pg.evaluate("window.__xss") is None
    assert not p.dialogs and not p.errors and not p.console, (p.dialogs, p.errors, p.console)
    p.close()


def test_csp_header_blocks_inline_script(page):
    pg = page.open()
    blocked = pg.evaluate("""() => new Promise(done => {
        document.addEventListener('securitypolicyviolation', () => done(true), {once: true});
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.append(s);
        setTimeout(() => done(false), 1000);
    })""")
    assert blocked and pg.evaluate("window.__inline") is None
    assert any("Content Security Policy" in m for m in page.console), page.console
    page.console.clear()


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows (RGB or RGBA bytes) of an 8-bit non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    w = h = ctype = 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    bpp = 3 if ctype == 2 else 4
    raw, rows, prev = zlib.decompress(idat), [], bytearray(w * bpp)
    stride = w * bpp + 1
    for y in range(h):
        f, line = raw[y * stride], bytearray(raw[y * stride + 1:(y + 1) * stride])
        for i in range(len(line)):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, bpp, rows


def test_screenshot_arabic_renders_right_to_left(page, tmp_path):
    # A person first and a place last: their colours show where the first and last words are.
    pg = page.analyze("قال الأخضر الإبراهيمي إن الاجتماع سيعقد في جنيف")
    box = pg.locator(".doc-text")
    assert box.evaluate("x => getComputedStyle(x).direction") == "rtl"
    first, last = (pg.locator(".doc-text .ent-PER").first, pg.locator(".doc-text .ent-LOC").last)
    fb, lb = first.bounding_box(), last.bounding_box()
    assert abs(fb["y"] - lb["y"]) < 4                          # one line
    assert fb["x"] > lb["x"] + lb["width"]                     # first word to the right
    shot = tmp_path / "rtl.png"
    box.screenshot(path=str(shot))
    w, bpp, rows = _png_pixels(shot.read_bytes())
    per = first.evaluate("x => getComputedStyle(x).backgroundColor")
    loc = last.evaluate("x => getComputedStyle(x).backgroundColor")

    def rgb(css: str) -> bytes:
        return bytes(int(v) for v in css[css.index("(") + 1:css.index(")")].split(",")[:3])

    def mean_x(colour: bytes) -> float:
        xs = [x for row in rows for x in range(w) if row[x * bpp:x * bpp + 3] == colour]
        assert len(xs) > 50, f"colour {colour!r} not found in the screenshot"
        return sum(xs) / len(xs)

    assert mean_x(rgb(per)) > mean_x(rgb(loc)) + 100
    assert mean_x(rgb(per)) > w / 2
