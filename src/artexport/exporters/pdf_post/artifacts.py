"""Pagination artifacts: the running head and page numbers are not article content.

WeasyPrint tags the text of page-margin boxes (running head, page number) with a
structure element it never links into the tree (PDF 1.7 has no place for it there), which
PDF/UA does not allow: content is either in the tree or an artifact. This step re-marks
such content ``/Artifact <</Type /Pagination>>``, renumbers the page's remaining marked
content and rebuilds the parent tree to match.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from . import structure


def mark_artifacts(pdf: pikepdf.Pdf) -> int:
    """Turn content tagged under structure elements outside the tree into artifacts;
    returns how many marked-content sequences became artifacts."""
    root = structure.root(pdf)
    if root is None or "/ParentTree" not in root:
        return 0
    reachable = {e.objgen for e in structure.elements(pdf) if e.is_indirect}
    nums = root.ParentTree.get("/Nums")
    if nums is None:
        return 0
    total = 0
    entries = list(nums)
    per_page: dict[int, int] = {}
    for k in range(0, len(entries) - 1, 2):
        key, value = int(entries[k]), entries[k + 1]
        if isinstance(value, pikepdf.Array):
            per_page[key] = k + 1
    for page in pdf.pages:
        struct_parents = page.obj.get("/StructParents")
        if struct_parents is None or int(struct_parents) not in per_page:
            continue
        slot = per_page[int(struct_parents)]
        refs = list(entries[slot])
        orphan = {mcid for mcid, ref in enumerate(refs)
                  if not (isinstance(ref, pikepdf.Dictionary) and ref.is_indirect
                          and ref.objgen in reachable)}
        if not orphan:
            continue
        renumber: dict[int, int] = {}
        for mcid in range(len(refs)):
            if mcid not in orphan:
                renumber[mcid] = len(renumber)
        total += _rewrite_page(pdf, page, orphan, renumber)
        # Structure elements point at their content by MCID: follow the renumbering.
        kept_refs = [refs[m] for m in sorted(renumber, key=lambda m: renumber[m])]
        for old, new in renumber.items():
            if old == new:
                continue
            element = refs[old]
            kids = element.get("/K")
            if isinstance(kids, pikepdf.Array):
                element.K = pikepdf.Array(
                    [new if isinstance(k, int) and int(k) == old else k for k in kids])
            elif isinstance(kids, int) and int(kids) == old:
                element.K = new
        entries[slot] = pikepdf.Array(kept_refs)
    root.ParentTree.Nums = pikepdf.Array(entries)
    return total


def _rewrite_page(pdf: pikepdf.Pdf, page: pikepdf.Page, orphan: set[int],
                  renumber: dict[int, int]) -> int:
    ops = pikepdf.parse_content_stream(page)
    out: list[Any] = []
    count = 0
    for instr in ops:
        if isinstance(instr, pikepdf.ContentStreamInstruction) and \
                str(instr.operator) == "BDC" and len(instr.operands) == 2 and \
                isinstance(instr.operands[1], pikepdf.Dictionary) and \
                "/MCID" in instr.operands[1]:
            mcid = int(instr.operands[1].MCID)
            if mcid in orphan:
                out.append(pikepdf.ContentStreamInstruction(
                    [pikepdf.Name.Artifact, pikepdf.Dictionary(Type=pikepdf.Name.Pagination)],
                    pikepdf.Operator("BDC")))
                count += 1
                continue
            if mcid in renumber and renumber[mcid] != mcid:
                out.append(pikepdf.ContentStreamInstruction(
                    [instr.operands[0], pikepdf.Dictionary(MCID=renumber[mcid])],
                    pikepdf.Operator("BDC")))
                continue
        out.append(instr)
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
    return count
