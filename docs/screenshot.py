"""Make docs/screenshot-analyze.png: the web page's annotated view of the example page.

Starts ``khabar serve`` (analysis only) in this process on a free loopback port, pastes
examples/geneva2-page.txt into the page in headless Chromium (Debian's /usr/bin/chromium,
driven by Playwright) and saves the top of the annotated view.

    PYTHONPATH=src python3 docs/screenshot.py [--out docs/screenshot-analyze.png]
"""
from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshot-analyze.png"))
    ap.add_argument("--width", type=int, default=1100)
    ap.add_argument("--height", type=int, default=1000)
    args = ap.parse_args(argv)
    import uvicorn
    from playwright.sync_api import sync_playwright

    from khabar.server import create_app
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(None), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height},
                                    device_scale_factor=1)
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("body[data-ready]")
            text = (ROOT / "examples" / "geneva2-page.txt").read_text(encoding="utf-8")
            page.fill("#analyze-text", text)
            page.fill("#analyze-date", "2014-02-13")
            page.click("#analyze-button")
            page.wait_for_selector("#analyze-result .doc-text")
            # Hover a repair so its original shows, as a reader would see it.
            page.locator(".doc-text .repair").first.hover()
            top = page.evaluate("document.getElementById('analyze-result')"
                                ".getBoundingClientRect().top + window.scrollY") - 12
            page.screenshot(path=args.out, full_page=True,
                            clip={"x": 0, "y": top, "width": args.width, "height": args.height})
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    size = Path(args.out).stat().st_size
    print(f"wrote {args.out} ({size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
