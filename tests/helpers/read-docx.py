"""What python-docx reads in Word documents, as JSON: one process for many files.

Usage: python3 read-docx.py a.docx b.docx ...  prints a JSON array, one object per file, in order.
A file python-docx cannot open gives {"file": ..., "error": ...} and the others are still read.

Per file: the core properties, the page (size and margins), the styles, the header and footer
paragraphs, and the body in order: paragraphs (text, style, direction, list level and the label
Word shows, runs with their direct formatting) and tables (grid, rows, cells with span, fill and
their paragraphs). Only what a reader of the document could notice, in a form that does not depend
on how the XML spells it (adjacent runs with the same look are merged; list numbers are counted).
"""

import json
import sys

import docx
from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}
R = W + "r"
PPR = W + "pPr"
PIECES = {W + "t", W + "tab", W + "br", W + "cr"}


def val(el, path, attr="val"):
    """The w:<attr> of the first element at `path` under `el`, or None."""
    if el is None:
        return None
    found = el.find(path, NS)
    return None if found is None else found.get(W + attr)


def flag(rpr, name):
    """A toggle property (w:b, w:i, w:rtl): True, False, or None when not set."""
    if rpr is None:
        return None
    el = rpr.find("w:" + name, NS)
    if el is None:
        return None
    return el.get(W + "val") not in ("0", "false", "off")


def piece_text(el):
    tag = el.tag
    if tag == W + "t":
        return el.text or ""
    if tag == W + "tab":
        return "\t"
    if tag == W + "br":
        return "\f" if el.get(W + "type") == "page" else "\n"
    return "\n"


def run_elements(p):
    """A paragraph's runs, wherever they sit (in fields and hyperlinks too), in order."""
    for child in p:
        if child.tag == R:
            yield child
        elif child.tag != PPR:
            yield from child.iterchildren(R)


def run_look(r):
    rpr = r.find("w:rPr", NS)
    if rpr is None:
        return {}
    look = {
        "bold": flag(rpr, "b"),
        "italic": flag(rpr, "i"),
        "rtl": flag(rpr, "rtl"),
        "color": val(rpr, "w:color"),
        "size": val(rpr, "w:sz"),
    }
    return {k: v for k, v in look.items() if v is not None}


def runs_of(p):
    """The runs of a paragraph (text with tabs and breaks), adjacent runs with one look merged."""
    out = []
    for r in run_elements(p):
        text = "".join(piece_text(x) for x in r if x.tag in PIECES)
        if text == "":
            continue
        look = run_look(r)
        if out and out[-1][1] == look:
            out[-1][0] += text
        else:
            out.append([text, look])
    return [dict(text=text, **look) for text, look in out]


def fields_of(p):
    simple = [f.get(W + "instr").strip() for f in p.findall("w:fldSimple", NS)]
    complex_ = ["".join(i.text or "" for i in r.findall("w:instrText", NS)).strip() for r in p.findall("w:r", NS)]
    return simple + [f for f in complex_ if f]


class Numbering:
    """Counts list items as Word does, so a paragraph gets the label it shows ("1.", "●")."""

    def __init__(self, document):
        self.nums = {}
        self.abstracts = {}
        self.counters = {}
        try:
            root = document.part.numbering_part.element
        except Exception:
            return
        for a in root.findall("w:abstractNum", NS):
            self.abstracts[a.get(W + "abstractNumId")] = {l.get(W + "ilvl"): l for l in a.findall("w:lvl", NS)}
        for n in root.findall("w:num", NS):
            starts = {}
            for o in n.findall("w:lvlOverride", NS):
                start = val(o, "w:startOverride")
                if start is not None:
                    starts[o.get(W + "ilvl")] = int(start)
            self.nums[n.get(W + "numId")] = (val(n, "w:abstractNumId"), starts)

    def label(self, num_id, ilvl):
        if num_id not in self.nums:
            return "(no numbering definition %s)" % num_id
        abstract, starts = self.nums[num_id]
        levels = self.abstracts.get(abstract, {})
        counts = self.counters.setdefault(num_id, {})
        level = int(ilvl)
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]

        def start(l):
            return starts.get(str(l), int(val(levels.get(str(l)), "w:start") or 1))

        counts[level] = counts[level] + 1 if level in counts else start(level)
        lvl = levels.get(str(level))
        text = val(lvl, "w:lvlText") or ""
        for l in range(level + 1):
            fmt = val(levels.get(str(l)), "w:numFmt") or "decimal"
            text = text.replace("%%%d" % (l + 1), number(counts.get(l, start(l)), fmt))
        return text


def number(n, fmt):
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        for v, r in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while n >= v:
                out, n = out + r, n - v
        return out if fmt == "lowerRoman" else out.upper()
    return str(n)


def paragraph(p, names, numbering):
    ppr = p.find("w:pPr", NS)
    style_id = val(ppr, "w:pStyle")
    runs = runs_of(p)
    out = {
        "kind": "p",
        "text": "".join(r["text"] for r in runs),
        "styleId": style_id,
        "style": names.get(style_id, "(undefined style %s)" % style_id) if style_id else names.get(None),
        "runs": runs,
    }
    if flag(ppr, "bidi"):
        out["bidi"] = True
    spacing = None if ppr is None else ppr.find("w:spacing", NS)
    if spacing is not None:
        out["spacing"] = {k[len(W):]: v for k, v in sorted(spacing.attrib.items())}
    num_id = val(ppr, "w:numPr/w:numId")
    if num_id is not None and num_id != "0":
        ilvl = val(ppr, "w:numPr/w:ilvl") or "0"
        out["level"] = int(ilvl)
        out["label"] = numbering.label(num_id, ilvl)
    return out


def table(tbl, names, numbering):
    rows = []
    for tr in tbl.findall("w:tr", NS):
        cells = []
        for tc in tr.findall("w:tc", NS):
            tcpr = tc.find("w:tcPr", NS)
            paragraphs = [paragraph(p, names, numbering) for p in tc.findall("w:p", NS)]
            cells.append({
                "text": "\n".join(p["text"] for p in paragraphs),
                "span": int(val(tcpr, "w:gridSpan") or 1),
                "fill": val(tcpr, "w:shd", "fill"),
                "paragraphs": paragraphs,
            })
        rows.append({"header": tr.find("w:trPr/w:tblHeader", NS) is not None, "cells": cells})
    return {
        "kind": "table",
        "style": val(tbl, "w:tblPr/w:tblStyle"),
        "grid": [int(c.get(W + "w")) for c in tbl.findall("w:tblGrid/w:gridCol", NS)],
        "rows": rows,
    }


def styles_of(document):
    """Every style's name and look (font, size, bold, italic, colour, spacing), by id."""
    out = {}
    for s in document.styles.element.findall("w:style", NS):
        rpr = s.find("w:rPr", NS)
        look = {
            "name": val(s, "w:name"),
            "type": s.get(W + "type"),
            "basedOn": val(s, "w:basedOn"),
            "font": val(rpr, "w:rFonts", "ascii"),
            "size": val(rpr, "w:sz"),
            "bold": flag(rpr, "b"),
            "italic": flag(rpr, "i"),
            "color": val(rpr, "w:color"),
            "before": val(s, "w:pPr/w:spacing", "before"),
            "after": val(s, "w:pPr/w:spacing", "after"),
            "keepNext": s.find("w:pPr/w:keepNext", NS) is not None,
        }
        out[s.get(W + "styleId")] = {k: v for k, v in look.items() if v is not None}
    return out


def read(path):
    d = docx.Document(path)
    styles = styles_of(d)
    names = {k: v.get("name") for k, v in styles.items()}
    default = d.styles.element.find("w:style[@w:type='paragraph'][@w:default='1']", NS)
    names[None] = None if default is None else val(default, "w:name")
    numbering = Numbering(d)
    body = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            body.append(paragraph(el, names, numbering))
        elif el.tag == qn("w:tbl"):
            body.append(table(el, names, numbering))
    section = d.sections[-1]

    def furniture(part):
        return [dict(paragraph(p._p, names, numbering), fields=fields_of(p._p)) for p in part.paragraphs]

    props = d.core_properties
    return {
        "file": path,
        "properties": {"title": props.title, "subject": props.subject, "creator": props.author, "description": props.comments},
        "page": {
            "width": section.page_width,
            "height": section.page_height,
            "margins": [section.top_margin, section.right_margin, section.bottom_margin, section.left_margin, section.header_distance, section.footer_distance],
        },
        "styles": styles,
        "header": furniture(section.header),
        "footer": furniture(section.footer),
        "body": body,
    }


def main():
    out = []
    for path in sys.argv[1:]:
        try:
            out.append(read(path))
        except Exception as e:  # one unreadable file must not hide what the others say
            out.append({"file": path, "error": "%s: %s" % (type(e).__name__, e)})
    sys.stdout.write(json.dumps(out))


main()
