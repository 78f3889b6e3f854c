#!/usr/bin/env python3
# Copyright (c) Gongkai contributors. Licensed under the MIT License.
"""Writes tests/data/converted/pipe/: the seeds and the corpus rendered to Markdown pipe tables
(`gongkai render X --to md`), then mutated the way PDF-to-Markdown converters and LLM pipelines
break tables. One file per source and class, named <source>.<class>.md; its truth is the source's.

Usage: python3 scripts/make-pipe.py [path/to/gongkai]   (default: the Debug build of src/Gongkai.Cli)
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "converted", "pipe")
CLI = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "src", "Gongkai.Cli", "bin", "Debug", "net10.0", "gongkai")


def sources():
    for f in sorted(os.listdir(os.path.join(ROOT, "samples"))):
        if f.endswith(".txt"):
            yield "seed-" + f[:-4], os.path.join(ROOT, "samples", f)
    corpus = os.path.join(ROOT, "tests", "data", "corpus")
    for d in sorted(os.listdir(corpus)):
        if not os.path.isdir(os.path.join(corpus, d)):
            continue
        for f in sorted(os.listdir(os.path.join(corpus, d))):
            if f.startswith("source."):
                yield d, os.path.join(corpus, d, f)


def render(path):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "r.md")
        subprocess.run([CLI, "render", path, "--to", "md", "-o", out], check=True, capture_output=True)
        with open(out, encoding="utf-8") as f:
            return f.read().split("\n")


def cells(row):
    return [c.strip() for c in row.strip().strip("|").split("|")]


def row(cs):
    return "| " + " | ".join(cs) + " |"


def delim(n):
    return "| " + " | ".join(["---"] * n) + " |"


def find(lines, prefix):
    """Index of the first table row whose first cell starts with prefix."""
    for i, l in enumerate(lines):
        if l.startswith("|") and cells(l)[0].startswith(prefix):
            return i
    return -1


def section(lines, number):
    """Index range of the lines of section number (二=2 …)."""
    heads = [i for i, l in enumerate(lines) if l.startswith("## ")]
    key = {2: "主动公开政府信息情况", 3: "收到和处理", 4: "行政复议"}[number]
    start = next(i for i in heads if key in lines[i])
    end = next((i for i in heads if i > start), len(lines))
    return start, end


def split(lines):
    """Table 三 breaks at a page: the rows after the break are a new pipe table whose header is a data row."""
    i = find(lines, "（三）不予公开 4.")
    return lines[:i] + ["", lines[i], delim(len(cells(lines[i])))] + lines[i + 1:]


def split_header(lines):
    """Table 三 breaks at a page and the converter repeats the column header on the new page."""
    i = find(lines, "（四）无法提供 1.")
    s, _ = section(lines, 3)
    header = next(l for l in lines[s:] if l.startswith("|"))
    return lines[:i] + ["", "<!-- PAGE_BREAK -->", "", header, delim(len(cells(header)))] + lines[i:]


def midsep(lines):
    """A separator row in the middle of a table body where a page broke (tables 二 and 三)."""
    out = list(lines)
    for prefix in ("（五）不予处理 1.", "行政强制"):
        i = find(out, prefix)
        if i >= 0:
            out.insert(i, delim(len(cells(out[i]))))
    return out


def swallow(lines):
    """The next table's header swallowed as data: the four sub-tables of table 二 run into one pipe table, and the
    second row of table 三's two-row header is a data row."""
    s, e = section(lines, 2)
    body = lines[s:e]
    tables = [l for l in body if l.startswith("|")]
    first_delim = next(i for i, l in enumerate(tables) if set(l) <= set("|-: "))
    merged = tables[:first_delim + 1] + [l for l in tables[first_delim + 1:] if not set(l) <= set("|-: ")]
    width = max(len(cells(l)) for l in merged)
    merged = [row(cells(l) + [""] * (width - len(cells(l)))) if not set(l) <= set("|-: ") else delim(width) for l in merged]
    out = lines[:s] + [lines[s], ""] + merged + [""] + lines[e:]
    s, _ = section(out, 3)
    h = next(i for i in range(s, len(out)) if out[i].startswith("|"))
    hc = cells(out[h])
    n = len(hc)
    first = ["申请人情况", "自然人", "法人或其他组织"] + [""] * (n - 5) + ["其他", "总计"]
    second = [hc[0], ""] + hc[2:n - 2] + ["", ""]
    return out[:h] + [row(first), delim(n), row(second)] + out[h + 2:]


def unlabel(lines, keep_loose):
    """Rows (五)1–5 of table 三 lose their labels: the labels are loose lines between two tables (keep_loose), or gone."""
    i = find(lines, "（五）不予处理 1.")
    j = find(lines, "（六）其他处理 1.")
    if j < 0:
        j = find(lines, "（六）其他处理")
    block = lines[i:j]
    labels = [cells(l)[0] for l in block]
    values = [row([""] + cells(l)[1:]) for l in block]
    n = len(cells(block[0]))
    loose = ["", *labels, ""] if keep_loose else [""]
    rest_head = lines[j]
    return lines[:i] + loose + [values[0], delim(n)] + values[1:] + ["", rest_head, delim(n)] + lines[j + 1:]


def group_split(lines):
    """Group labels split across cells (「（三）不」 | 「予公开」 | 「5.…」), and within a cell (「（五）不」 | 「予处理4.…」)."""
    out = []
    for l in lines:
        if l.startswith("|"):
            cs = cells(l)
            m = re.match(r"^（(三)）不予公开 (.*)$", cs[0])
            if m:
                l = row(["（三）不", "予公开", m.group(2)] + cs[1:])
            m = re.match(r"^（(五)）不予处理 (.*)$", cs[0])
            if m:
                l = row(["（五）不", "予处理" + m.group(2)] + cs[1:])
            m = re.match(r"^（(四)）无法提供 (.*)$", cs[0])
            if m:
                l = row(["（四）无法<br>提供 " + m.group(2)] + cs[1:])
        out.append(l)
    return out


def group_lines(lines):
    """Group labels on lines of their own, broken in two (「（三）不」 / 「予公开」), the items after them bare (「1.属于国家秘密」)."""
    out = []
    for l in lines:
        if l.startswith("|"):
            cs = cells(l)
            for group, first, second in (("三", "（三）不", "予公开"), ("四", "（四）无法", "提供"), ("五", "（五）不", "予处理"), ("六", "（六）其他", "处理")):
                m = re.match(r"^（" + group + r"）\S+ (.*)$", cs[0])
                if m:
                    if m.group(1).startswith("1."):
                        out.append(row([first] + [""] * (len(cs) - 1)))
                        out.append(row([second] + [""] * (len(cs) - 1)))
                    l = row([m.group(1)] + cs[1:])
        out.append(l)
    return out


def header_rows(lines):
    """Table 四's two-row header: the second row swallowed as a data row (the pipe table's header is the first)."""
    out = []
    for i, l in enumerate(lines):
        if l.startswith("| 行政复议 结果维持"):
            cs = cells(l)
            out += [row(["行政复议", "", "", "", "", "行政诉讼"] + [""] * (len(cs) - 6)), delim(len(cs)), row([c.split(" ")[-1] for c in cs])]
        elif not (i > 0 and lines[i - 1].startswith("| 行政复议 结果维持")):
            out.append(l)
    return out


def paren(lines):
    """Parentheticals inside cells (「1（其中修订1件）」), and one pulled out of the table to a loose line."""
    out = list(lines)
    i = find(out, "规章")
    cs = cells(out[i])
    out[i] = row([cs[0], cs[1] + "（含修订）", cs[2], cs[3]])
    i = find(out, "一、本年新收")
    cs = cells(out[i])
    out[i] = row([cs[0], cs[1] + "（含转办）"] + cs[2:])
    i = find(out, "行政规范性文件")
    cs = cells(out[i])
    # The converter lifts 「（其中修订N件）」 out of the first value cell and leaves the other two in one cell.
    s, _ = section(out, 2)
    out[i] = row([cs[0], cs[1], cs[2] + cs[3]])
    out.insert(s + 1, "")
    out.insert(s + 2, "（其中修订" + cs[1] + "件）")
    return out


CLASSES = {
    "plain": lambda l: l,
    "split": split,
    "split-header": split_header,
    "midsep": midsep,
    "swallow": swallow,
    "loose-labels": lambda l: unlabel(l, True),
    "no-labels": lambda l: unlabel(l, False),
    "group-split": group_split,
    "group-lines": group_lines,
    "header-rows": header_rows,
    "paren": paren,
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, path in sources():
        if name == "blank-template-2021":
            continue  # a blank template: every cell empty, nothing for the arithmetic to decide
        lines = render(path)
        # The renderer's trailing check warnings are not part of the Markdown.
        for cls, mutate in CLASSES.items():
            try:
                text = "\n".join(mutate(list(lines)))
            except (StopIteration, IndexError, ValueError) as e:
                print(f"skip {name}.{cls}: {e!r}", file=sys.stderr)
                continue
            with open(os.path.join(OUT, f"{name}.{cls}.md"), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
