"""Raw scrapes: our line classifier against jusText, on the corpus, in one run.

For every raw scrape in ../shared/corpus (the ``.txt`` files that are not Markdown) and
the seed, both tools decide line by line what is article text; the words of the lines
each one keeps are scored against the hand-made gold (``corpus/gold``, the seed's
``gold``): recall and precision of words (whitespace tokens, punctuation trimmed), as
in tests/test_gold.py but on kept source lines for both tools, so that metadata lines
(title, date) count the same for both. jusText (the library whose stop-word lists our
classifier uses) gets each line as a paragraph of an HTML page, with the merged
Arabic, Persian, Urdu, English and French stop lists, its default settings otherwise.

Times are CPU milliseconds per page, the best of ``--repeat`` runs, both tools in the
same process: our reader (``read_scrape``: lines, classification, header and body) against jusText
(HTML parsing and classification).

With ``--extraction`` it also reads the 91 saved pages of ../shared/extraction as raw
scrapes (each page flattened to its text, one line per block element, the way a
crawler's ``innerText`` or "select all, copy" gives it; hidden elements included, which
makes it harder than a real scrape) and scores the article body each tool keeps with
that folder's own measure (F1 of word 4-shingles against the hand-made body, mean
over pages): a check on pages the classifier was not written against. It also counts
the pages whose title, read from the text alone, is the title the HTML reader takes
from the same page's metadata (or a part of it).

    .venv/bin/python bench/bench_scrape.py [--repeat 5] [--extraction]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from _common import CORPUS, ROOT

SEED = ROOT.parent / "shared" / "seeds" / "000_0621ab15cb385aab.txt"


def timed(run: Callable[..., object], *args: object) -> float:
    """CPU seconds of one call: the machine is shared, and wall time measures the
    neighbours too."""
    started = time.process_time()
    run(*args)
    return time.process_time() - started


def words(text: str) -> Counter[str]:
    from artexport.text.bidi import normalise_text

    out: Counter[str] = Counter()
    for token in normalise_text(text).split():
        start, end = 0, len(token)
        while start < end and unicodedata.category(token[start])[0] in "PS":
            start += 1
        while end > start and unicodedata.category(token[end - 1])[0] in "PS":
            end -= 1
        if start < end:
            out[token[start:end]] += 1
    return out


def pages() -> list[tuple[Path, Path]]:
    from artexport.readers.scrape import looks_like_markdown

    found = [(p, CORPUS / "gold" / p.name) for p in sorted(CORPUS.glob("*.txt"))
             if not looks_like_markdown(p.read_text(encoding="utf-8"))]
    return [*found, (SEED, SEED.parent / "gold" / SEED.name)]


def ours(path: Path) -> str:
    """The source lines the reader keeps (as text or metadata): all but Article.dropped."""
    from artexport import load_article
    from artexport.text.bidi import normalise_text

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = load_article(path)
    lines = normalise_text(path.read_text(encoding="utf-8")).split("\n")
    labels: dict[int, list[str]] = {}
    for d in article.dropped:
        if d.line is not None:
            labels.setdefault(d.line, []).append(d.text)
    kept = []
    for no, line in enumerate(lines, 1):
        for text in labels.get(no, []):
            line = line.replace(text, " ", 1) if text != line.strip() else ""
        kept.append(line)
    return "\n".join(kept)


def justext_kept(path: Path) -> str:
    import justext

    stoplist = frozenset().union(*(justext.get_stoplist(n) for n in
                                   ("Arabic", "Persian", "Urdu", "English", "French")))
    lines = path.read_text(encoding="utf-8").split("\n")
    page = "<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in lines
                                    if ln.strip()) + "</body></html>"
    return "\n".join(p.text for p in justext.justext(page.encode("utf-8"), stoplist)
                     if not p.is_boilerplate)


def score(kept: str, gold_path: Path) -> tuple[float, float]:
    gold, got = words(gold_path.read_text(encoding="utf-8")), words(kept)
    common = sum((gold & got).values())
    return common / sum(gold.values()), common / max(1, sum(got.values()))


_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul"})


def flatten(page: bytes) -> str:
    """A saved page as a raw scrape: its text, one line per block element."""
    from lxml import html as lxml_html

    try:  # (as bytes, lxml reads a UTF-8 page without a charset as Latin-1: "Qurâ an")
        doc = lxml_html.document_fromstring(page.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):  # (ValueError: an XML encoding declaration)
        doc = lxml_html.document_fromstring(page)
    for junk in doc.xpath("//script|//style|//noscript|//template|//svg|//head"):
        junk.drop_tree()
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + ("* " if el.tag == "li" else "") + (el.text or "")
    lines = (" ".join(ln.split()) for ln in doc.text_content().split("\n"))
    return "\n".join(ln for ln in lines if ln)


def shingle_f1(gold: str, got: str) -> float:
    """../shared/extraction's measure: F1 of lower-cased word 4-shingles."""
    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = re.findall(r"\w+|[^\w\s]", text.lower())
        return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))

    g, x = shingles(gold), shingles(got)
    if not g or not x:
        return float(not g and not x)
    tp = sum((g & x).values())
    return 0.0 if not tp else 2 * tp / (sum(g.values()) + sum(x.values()))


def extraction(folder: Path) -> None:
    import gzip
    import json
    import tempfile

    from artexport import load_article
    from artexport.errors import ArtexportError
    from artexport.model import block_texts

    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ours_f1, jt_f1 = [], []
    titles = 0
    with tempfile.TemporaryDirectory() as tmp:
        for key, item in sorted(truth.items()):
            raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
            path = Path(tmp) / f"{key[:16]}.txt"
            path.write_text(flatten(raw), encoding="utf-8")
            page = Path(tmp) / f"{key[:16]}.html"
            page.write_bytes(raw)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    article = load_article(path)
                    titles += same_title(article.title, load_article(page).title)
                body = "\n".join(t for b in article.blocks for t in block_texts(b))
            except ArtexportError:
                body = ""
            ours_f1.append(shingle_f1(item["articleBody"], body))
            jt_f1.append(shingle_f1(item["articleBody"], justext_kept(path)))
    print(f"\n{len(ours_f1)} pages of ../shared/extraction flattened to text: mean F1 "
          f"ours {sum(ours_f1) / len(ours_f1):.3f}, jusText {sum(jt_f1) / len(jt_f1):.3f}; "
          f"ours better on {sum(o > j for o, j in zip(ours_f1, jt_f1, strict=True))}, "
          f"worse on {sum(o < j for o, j in zip(ours_f1, jt_f1, strict=True))}; the title "
          f"read from the text is the one the HTML reader reads from the page's metadata (or "
          f"part of it) on {titles} of {len(ours_f1)}")


def same_title(ours: str, page: str) -> bool:
    """The same words, or ours a part of the page's (which often adds the site name)."""
    a, b = (" ".join(re.findall(r"\w+", t.lower())) for t in (ours, page))
    return bool(a) and a in b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per page for the times")
    parser.add_argument("--extraction", action="store_true",
                        help="also score the pages of ../shared/extraction as raw scrapes")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit("needs ../shared/corpus beside the project")
    from artexport.readers.scrape import read_scrape
    from artexport.resources import DEFAULT_LIMITS

    rows = []
    for path, gold in pages():
        ours(path), justext_kept(path)  # warm: imports, stop lists
        ours_t = min(timed(read_scrape, path, DEFAULT_LIMITS) for _ in range(args.repeat))
        jt_t = min(timed(justext_kept, path) for _ in range(args.repeat))
        rows.append((path.name[:44], len(path.read_text(encoding="utf-8").split()),
                     *score(ours(path), gold), ours_t, *score(justext_kept(path), gold), jt_t))
    print("| page | words | ours R | ours P | ours ms | jusText R | jusText P | jusText ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, n, r, p, t, jr, jp, jt in rows:
        print(f"| {name} | {n} | {r:.3f} | {p:.3f} | {t * 1000:.1f} | {jr:.3f} | {jp:.3f} "
              f"| {jt * 1000:.1f} |")
    mean = [sum(col) / len(rows) for col in list(zip(*rows, strict=True))[2:]]
    print(f"| mean | | {mean[0]:.3f} | {mean[1]:.3f} | {mean[2] * 1000:.1f} | {mean[3]:.3f} "
          f"| {mean[4]:.3f} | {mean[5] * 1000:.1f} |")
    if args.extraction:
        extraction(CORPUS.parent / "extraction")


if __name__ == "__main__":
    main()
