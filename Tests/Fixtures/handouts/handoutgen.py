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
import re
import subprocess
import tempfile
from xml.sax.saxutils import escape

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


# An OpenDocument text written by hand (flat XML, .fodt), as LibreOffice and WPS users save: the
# outline numbering of its headings lives in the styles, not in the text.
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="WenQuanYi Zen Hei" svg:font-family="'WenQuanYi Zen Hei'"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/>
 <style:text-properties style:font-name="WenQuanYi Zen Hei" style:font-name-asian="WenQuanYi Zen Hei" fo:font-size="11pt" style:font-size-asian="11pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:text-indent="0.8cm"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
 <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
 <style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard"
 style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm"/>
 <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard"
 style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.3cm"/>
 <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="15.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-left="0.8cm"><style:tab-stops><style:tab-stop style:position="14.7cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
%(outline)s
</office:styles>
<office:automatic-styles>
<style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
 <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%(footer)s</style:master-page></office:master-styles>
<office:body><office:text>
"""
FODT_TAIL = "</office:text></office:body></office:document>\n"
DECIMAL_OUTLINE = """<text:outline-style style:name="Outline">
 <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties
  text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
 <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"><style:list-level-properties
  text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
</text:outline-style>"""
NO_OUTLINE = """<text:outline-style style:name="Outline">
 <text:outline-level-style text:level="1" style:num-format=""/><text:outline-level-style text:level="2" style:num-format=""/>
</text:outline-style>"""
PAGE_FOOTER = '<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>'


def fodt_text(text):
    """A paragraph's text as ODF, `^[…]` written as a footnote there (pandoc's inline note)."""
    parts = re.split(r"\^\[(.+?)\]", text)
    out = [escape(parts[0])]
    for note, after in zip(parts[1::2], parts[2::2]):
        FODT_NOTES.append(note)
        n = len(FODT_NOTES)
        out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                   f'<text:note-body><text:p text:style-name="Footnote">{escape(note)}</text:p></text:note-body></text:note>')
        out.append(escape(after))
    return "".join(out)


FODT_NOTES = []  # the footnotes written so far (their number is their place here)


def fodt_table(rows):
    """A table of strings (the first row is its header) as ODF."""
    ns = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    out = [f'<table:table {ns} table:name="Table{len(rows)}x{len(rows[0])}">'
           f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>']
    for row in rows:
        cells = "".join(f'<table:table-cell office:value-type="string"><text:p text:style-name="Standard">{escape(c)}</text:p></table:table-cell>'
                        for c in row)
        out.append(f"<table:table-row>{cells}</table:table-row>")
    out.append("</table:table>\n")
    return "".join(out)


def fodt(blocks, outline, footer=""):
    """A flat ODT from (kind, text): title, h1, h2, p (indented body), plain, toc1, toc2 (a contents line
    `text<TAB>page`), break (a Heading 1 starting a new page), table (rows of cells). A paragraph's
    `^[…]` is a footnote. `outline` (any styles: the outline's numbering, the notes' configuration)
    goes into office:styles, `footer` (a header too) into the page's master style."""
    styles = {"title": "Title", "p": "Text_20_body", "plain": "Standard", "toc1": "Contents_20_1", "toc2": "Contents_20_2"}
    out = [FODT_HEAD % {"outline": outline, "footer": footer}]
    for kind, text in blocks:
        if kind in ("h1", "h2", "break"):
            style = {"h1": "Heading_20_1", "h2": "Heading_20_2", "break": "PageBreak"}[kind]
            level = 2 if kind == "h2" else 1
            out.append(f'<text:h text:style-name="{style}" text:outline-level="{level}">{escape(text)}</text:h>\n')
        elif kind == "table":
            out.append(fodt_table(text))
        elif kind.startswith("toc"):
            entry, page = text
            out.append(f'<text:p text:style-name="{styles[kind]}">{escape(entry)}<text:tab/>{page}</text:p>\n')
        else:
            out.append(f'<text:p text:style-name="{styles[kind]}">{fodt_text(text)}</text:p>\n')
    out.append(FODT_TAIL)
    return "".join(out)


def fodt_converted(text, stem, fmt, out):
    """Writes a flat ODT in a scratch folder as `stem.fodt` and converts it with LibreOffice."""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, stem + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(text)
    soffice(src, fmt, out)


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
