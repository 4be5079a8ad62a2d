"""What the corpus generators (make-corpus.py, make-tuning-N.py, make-heldout-N.py) share: writing a
hand-out and its expected outline, wrapping a text at N characters, making .docx files from (style,
text) blocks with python-docx, converting with pandoc and LibreOffice, Word's page fields, and adding a
round's names to heldout.list.

    import handoutgen as g
    g.write("name", "txt", g.lines("标题", "一、背景", "…"))
    g.expect("name", "标题", objectives, [(section, level, paragraphs)], questions, arrangement)
    g.finish()   # appends the round's names to heldout.list

Everything is written next to this file (HERE), so a copy of the folder regenerates into itself.
"""
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# The names of the hand-outs written by this run, in order (finish() adds them to heldout.list).
NAMES = []


def path(name, ext):
    """The corpus file `name.ext`."""
    return os.path.join(HERE, f"{name}.{ext}")


def write(name, ext, text):
    """Writes a text hand-out (.txt, .md) as UTF-8."""
    with open(path(name, ext), "w", encoding="utf-8") as f:
        f.write(text)


def lines(*parts):
    """The parts as lines of a text file."""
    return "\n".join(parts) + "\n"


def expect(name, title, objectives, sections, questions, arrangement, subtitle=None, dropped=None):
    """Writes `name.expected.json`: the outline a teacher reads in the hand-out. `sections` are
    (title, level, paragraphs) of the content sections that hold text, in reading order."""
    e = {"title": title, "objectives": objectives,
         "sections": [{"title": t, "level": l, "paragraphs": p} for (t, l, p) in sections],
         "questions": questions, "arrangement": arrangement}
    if subtitle is not None:
        e["subtitle"] = subtitle
    if dropped is not None:
        e["dropped"] = dropped
    with open(path(name, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    NAMES.append(name)


def wrap(text, width):
    """The text cut into lines of `width` characters (as an editor hard-wraps a copy)."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def soffice(src, fmt, out):
    """Converts `src` with headless LibreOffice (`fmt` as --convert-to takes it: "pdf",
    "docx:MS Word 2007 XML", "odt"…) and moves the result to `out`. The result is written to a
    scratch folder of its own, so a .docx can be converted to .docx."""
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stem = os.path.splitext(os.path.basename(src))[0]
    os.replace(os.path.join(tmp, stem + "." + fmt.split(":")[0]), out)


def docx_blocks(out, blocks, d=None, indent=None):
    """Saves a python-docx document (a new one, or `d`) to `out` with `blocks` of (style, text): a
    paragraph in that Word style, ("table", rows) a Word table, ("break", None) a page break. `indent`
    (a docx length) indents the first line of each Normal paragraph."""
    import docx
    d = d or docx.Document()
    for style, text in blocks:
        if style == "table":
            t = d.add_table(rows=len(text), cols=len(text[0]))
            for r, row in enumerate(text):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
        elif style == "break":
            d.add_page_break()
        else:
            p = d.add_paragraph(text, style=style)
            if indent is not None and style == "Normal":
                p.paragraph_format.first_line_indent = indent
    d.save(out)


def save_converted(d, stem, fmt, out):
    """Saves a python-docx document in a scratch folder as `stem.docx` and converts it with LibreOffice."""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, stem + ".docx")
    d.save(src)
    soffice(src, fmt, out)


def html_converted(html, stem, fmt, out):
    """Writes an HTML page in a scratch folder as `stem.html` and converts it with LibreOffice
    (as a teacher saves a page from a course site)."""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice(src, fmt, out)


def pandoc(md, out, *options):
    """Converts Markdown text with pandoc (the output format from `out`'s extension)."""
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as f:
        f.write(md)
    subprocess.run(["pandoc", f.name, "-o", out, *options], check=True)
    os.unlink(f.name)


def field(p, code):
    """Appends a Word field (PAGE, NUMPAGES…) to a python-docx paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for kind, text in [("begin", None), (None, code), ("end", None)]:
        run = p.add_run()
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); run._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.text = text; run._r.append(e)


def cjk_document(size=11):
    """A python-docx document in a CJK font at `size` points, for printing to PDF."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "WenQuanYi Zen Hei"
    d.styles["Normal"].font.size = Pt(size)
    return d


HELDOUT_HEADER = "# Hand-outs kept out of tuning (issue 25): the importer's rules are never adjusted while looking at them.\n"


def finish(names=None):
    """Adds `names` (this run's hand-outs when not given) to heldout.list, those not there yet, in
    order, starting the list when there is none; says how many were written."""
    names = NAMES if names is None else names
    listed = open(path("heldout", "list"), encoding="utf-8").read().split("\n") if os.path.exists(path("heldout", "list")) else []
    with open(path("heldout", "list"), "a", encoding="utf-8") as f:
        if not listed:
            f.write(HELDOUT_HEADER)
        for n in names:
            if n not in listed:
                f.write(n + "\n")
    print(f"{len(NAMES)} hand-outs written, {len(names)} held out")
