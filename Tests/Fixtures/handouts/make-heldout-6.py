#!/usr/bin/env python3
"""Writes the sixth round's held-out hand-outs (issue 25, third session): written after the fifth
round's rules and scored once, with no rule changed for them: the honest held-out number for those rules.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-6.py
"""
from handoutgen import cjk_document, expect, field, finish, lines, pandoc, path, save_converted, write

# Q市's community canteens.
S = [
    "Q市老城区的老年人口比例接近三成，不少独居老人吃饭成了难题：自己做饭不方便，外卖又贵又不合口味。",
    "2020年，Q市民政局在十个社区试点“长者食堂”，由街道提供场地，引入餐饮企业运营，老年人凭卡就餐可享受每餐三元到五元的补贴。",
    "试点之初，食堂门可罗雀。一些老人嫌菜品单一，一些老人住得远，走不过来。运营企业每个月都在亏损，几家企业提出退出。",
    "街道随后调整了办法：食堂向社区所有居民开放，年轻人按市场价就餐；同时开设送餐服务，由志愿者把饭送到行动不便的老人家里。",
    "两年后，试点食堂日均就餐人数从不到一百人增加到三百多人，企业基本实现保本。但补贴资金能否长期维持，仍然是街道最担心的问题。",
    "一位食堂经理说：“光靠老人的补贴餐，我们撑不下去。把年轻人吸引进来，食堂才有人气，老人吃得也更热闹。”",
]

# 1. A .txt for an English-taught class: the roles named in English alone, after the body.
write("english-roles-shitang", "txt", lines(
    "Q市长者食堂的可持续之路",
    "一、背景", S[0], S[1],
    "二、困境与调整", S[2], S[3],
    "三、成效", S[4], S[5],
    "Learning Objectives",
    "1. 理解社区养老服务的供给方式；",
    "2. 认识补贴政策的可持续性问题。",
    "Discussion Questions",
    "1. 长者食堂为什么一开始门可罗雀？",
    "2. 向年轻人开放是否偏离了政策目标？",
    "Class Plan",
    "1. 阅读（20分钟）",
    "2. 讨论（50分钟）"))
expect("english-roles-shitang", "Q市长者食堂的可持续之路",
       ["理解社区养老服务的供给方式；", "认识补贴政策的可持续性问题。"],
       [("背景", 1, 2), ("困境与调整", 1, 2), ("成效", 1, 2)],
       ["长者食堂为什么一开始门可罗雀？", "向年轻人开放是否偏离了政策目标？"],
       ["阅读（20分钟）", "讨论（50分钟）"])


# 2. A LibreOffice PDF: 第 N 页 共 M 页 in the footer, the title as a running header on every page,
# （一） headings only, questions as 问题1： labels.
from docx.shared import Pt
d = cjk_document(12)
d.sections[0].header.paragraphs[0].text = "长者食堂：Q市社区养老的探索"
fp = d.sections[0].footer.paragraphs[0]

fp.add_run("第 "); field(fp, "PAGE"); fp.add_run(" 页 共 "); field(fp, "NUMPAGES"); fp.add_run(" 页")
d.add_paragraph("长者食堂：Q市社区养老的探索", style="Title")
d.add_paragraph("教学目的", style="Heading 1")
d.add_paragraph("帮助学员理解社区公共服务中政府、企业和居民的分工。")
d.add_paragraph("（一）试点", style="Heading 2")
for p in [S[0] + S[1] + S[0], S[1] + S[0] + S[1], S[0] + S[1] + S[1]]:
    d.add_paragraph(p).paragraph_format.first_line_indent = Pt(24)
d.add_paragraph("（二）调整", style="Heading 2")
for p in [S[2] + S[3] + S[2], S[3] + S[2] + S[3], S[2] + S[3] + S[3]]:
    d.add_paragraph(p).paragraph_format.first_line_indent = Pt(24)
d.add_paragraph("（三）前景", style="Heading 2")
for p in [S[4] + S[5] + S[4], S[5] + S[4] + S[5]]:
    d.add_paragraph(p).paragraph_format.first_line_indent = Pt(24)
d.add_paragraph("思考题", style="Heading 1")
d.add_paragraph("问题1：补贴应当按人补还是按餐补？")
d.add_paragraph("问题2：志愿者送餐能否长期坚持？")
d.add_paragraph("课堂安排", style="Heading 1")
d.add_paragraph("先分组讨论，再全班交流。")
save_converted(d, "canteen", "pdf", path("pdf-page-of-total-shitang", "pdf"))
expect("pdf-page-of-total-shitang", "长者食堂：Q市社区养老的探索",
       ["帮助学员理解社区公共服务中政府、企业和居民的分工。"],
       [("试点", 2, 3), ("调整", 2, 3), ("前景", 2, 2)],
       ["补贴应当按人补还是按餐补？", "志愿者送餐能否长期坚持？"], ["先分组讨论，再全班交流。"])


# 3. pandoc from Markdown: a summary and keywords first, the roles as bold labels in running text
# (**教学目的：**…), the body under ## headings with no numbers.
md = lines(
    "# 社区里的长者食堂", "",
    "**摘要：**本案例记述了Q市试点长者食堂的过程。", "",
    "**关键词：**社区养老；长者食堂；补贴", "",
    "**教学目的：**理解社区养老服务的供给与补贴机制。", "",
    "## 试点开张", "", S[0], "", S[1], "",
    "## 门可罗雀", "", S[2], "", S[3], "",
    "## 有了人气", "", S[4], "", S[5], "",
    "**思考题：**", "",
    "1. 长者食堂应当由谁来运营？", "2. 补贴应当如何退出？", "",
    "**课堂安排：**课前阅读，课上分组讨论。")
pandoc(md, path("pandoc-bold-labels-shitang", "docx"))
expect("pandoc-bold-labels-shitang", "社区里的长者食堂",
       ["理解社区养老服务的供给与补贴机制。"],
       [("摘要", 1, 1), ("关键词", 1, 1), ("试点开张", 1, 2), ("门可罗雀", 1, 2), ("有了人气", 1, 2)],
       ["长者食堂应当由谁来运营？", "补贴应当如何退出？"], ["课前阅读，课上分组讨论。"])

finish()
