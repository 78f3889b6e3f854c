#!/usr/bin/env python3
"""Regenerates tests/data/converted/crawler-glued/ and crawler-spaced/: the seeds and the corpus as a crawler or a
copy-paste from a web page delivers them — a metadata header, a separator line, then the whole report on one line with
the table cells run together (glued) or with a space between some cells and not others (spaced).

Sources (no network, deterministic; the outputs are committed, the tests do not run this script):
  * seeds: samples/<seed>.txt, lines joined, cell separators (tabs) dropped;
  * pingtan-2020, pingtan-2023: the text of the corpus source.html (what BeautifulSoup's get_text() or a browser's
    copy gives: text nodes in document order, markup dropped);
  * hongze-2024, huaian-2024: the corpus PDFs' text as pdftotext -raw gives it (tests/data/converted/pdftotext-raw/).
Usage: scripts/make-crawled.py
"""
import html.parser
import json
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "converted"


class TextOnly(html.parser.HTMLParser):
    """Collects text nodes; a cell boundary becomes a tab so the variants can decide what it turns into."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in ("p", "div", "tr", "br", "h1", "h2", "h3", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    raw = path.read_bytes()
    for encoding in ("utf-8", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    parser = TextOnly()
    parser.feed(text)
    return "".join(parser.parts)


def flatten(text, spaced, rng):
    """One line: line breaks dropped; a cell boundary (tab) or a run of spaces becomes nothing (glued) or, in the
    spaced variant, a space or nothing at random."""
    out = []
    for piece in re.split(r"([\t \u3000\r\n]+)", text):
        if not piece:
            continue
        if re.fullmatch(r"[\t \u3000\r\n]+", piece):
            if spaced and ("\t" in piece or " " in piece) and rng.random() < 0.5:
                out.append(" ")
            continue
        out.append(piece)
    return "".join(out).strip()


def header(unit, year, name):
    title = f"{unit}{year}年政府信息公开工作年度报告"
    return (f"标题: {title}\n发布时间: {year + 1}-01-20 09:30\n发布机构: {unit}\n"
            f"原文链接: https://www.example.gov.cn/zwgk/{name}.html\n" + "-" * 40 + "\n")


def main():
    sources = []
    for seed in sorted((ROOT / "samples").glob("*.txt")):
        golden = json.loads((ROOT / "tests" / "Gongkai.Formats.Tests" / "Golden" / "seeds" / (seed.stem + ".json")).read_text("utf-8"))
        sources.append(("seed-" + seed.stem, golden["unit"], golden["year"], seed.read_text("utf-8")))
    for name in ("pingtan-2020", "pingtan-2023"):
        truth = json.loads((ROOT / "tests" / "data" / "corpus" / name / "truth.json").read_text("utf-8"))
        sources.append((name, truth["unit"], truth["year"], html_text(ROOT / "tests" / "data" / "corpus" / name / "source.html")))
    for name in ("hongze-2024", "huaian-2024"):
        truth = json.loads((ROOT / "tests" / "data" / "corpus" / name / "truth.json").read_text("utf-8"))
        sources.append((name, truth["unit"], truth["year"], (OUT / "pdftotext-raw" / (name + ".txt")).read_text("utf-8")))

    for variant, spaced in (("crawler-glued", False), ("crawler-spaced", True)):
        folder = OUT / variant
        folder.mkdir(parents=True, exist_ok=True)
        for name, unit, year, text in sources:
            rng = random.Random(f"{variant}/{name}")
            body = flatten(text, spaced, rng)
            (folder / (name + ".txt")).write_text(header(unit, year, name) + body + "\n", "utf-8")


if __name__ == "__main__":
    main()
