#!/usr/bin/env python3
"""Writes the tenth round's held-out hand-outs (issue 25, seventh session): ten shapes not yet in the
corpus, written blind by an engineer who does not read the importer's rules, scored once on the rules of
main 93fd71e ("before") and once by the lead after the next change ("after"), with no rule tuned on them.

    pip install python-docx; apt-get install pandoc libreoffice-writer-nogui fonts-wqy-zenhei
    python3 Tests/Fixtures/handouts/make-heldout-10.py

Each expected outline is the hand-out as a teacher reads it, with the conventions of rounds 7 to 9
(make-heldout-8.py's and make-heldout-9.py's docstrings) and these: a slide deck printed to PDF is read
slide by slide, the title slide's large line the title and its smaller line the subtitle, each slide's
heading a section and each bullet a paragraph, the slides' footer (the course's name, the slide's number)
and a closing `谢谢！` slide not part of the outline; in a Word file with tracked changes and comments left
in, the text is read as Word's default view shows it (every change accepted: deleted text gone, inserted
text and paragraphs in), and a comment is not part of the hand-out; a case-library hand-out (案例正文 and
案例使用说明) keeps round 7's reading, its labelled 摘要 and 关键词 front matter, the copyright statement in
the title's footnote the one paragraph of 注释, 建议课堂计划's 课前计划/课中计划/课后计划 lines its steps; a
figure's image is not a paragraph (it holds no words) but its caption is, as a table's caption is; an
exhibit after the plan (`附件1：…`) is a back-matter section of its own, titled with its label; a school's
page header and a `第 N 页（共 M 页）` footer are page furniture; a question table with a header row
`序号 | 问题` is the questions of its second column; questions that come first (课前思考) are questions,
numbered or not; an exercise sheet's 【材料一】 parts are sections, the lead-in `阅读以上材料，回答下列问题` is
no item, a question keeps its marks (`（10分）`) as written, and its 【参考答案要点】 is a content section; a
Typora note's YAML front matter gives the title (its date and tags are not part of the outline), `[TOC]` is
not part of it, and inline HTML (`<font>`, `<u>`, `<center>`) is read as its words; a role-play hand-out's
role cards (a heading per party under 小组任务与角色扮演) are content sections.
"""
import os
import struct
import tempfile
import zlib

from handoutgen import (NO_OUTLINE, cjk_document, expect, field, finish, fodt, fodt_converted, lines, pandoc, path,
                        save_converted, write)

# Q市's old street, renewed bit by bit (历史街区微更新): urban renewal — bullets of a slide deck.
SLIDES = [
    ("学习目标", ["理解城市更新中保护与发展的关系", "学会分析多元主体的利益诉求"]),
    ("一、老街的困境", ["老街形成于清末，现存老房子二百多栋", "七成房屋年久失修，部分成为危房", "年轻人陆续搬走，留下的多是老人和租户"]),
    ("二、拆还是留", ["2016年开发商提出整体拆除重建", "居民和文保专家联名反对", "区政府暂停拆迁，委托高校做规划"]),
    ("三、微更新", ["不搞大拆大建，一栋一策修缮", "居民可自主改造，政府补贴三成", "引入社区规划师，每周驻街办公"]),
    ("四、新的烦恼", ["游客增多，租金上涨，老店难以为继", "部分居民抱怨噪声大、私人空间少"]),
]
SLIDE_QUESTIONS = ["1. 老街为什么没有被整体拆除？", "2. 微更新和大拆大建相比有哪些利弊？", "3. 怎样留住老街的原住民？"]
SLIDE_PLAN = ["课前：阅读案例材料", "课中：分组讨论（40分钟）", "课后：提交一份更新建议"]

# 顺和食品, a family firm handed to the second generation (家族企业传承): an MBA case-library case.
J = [
    "2019年春节刚过，顺和食品的创始人陈国栋把儿子陈浩叫进办公室，告诉他：“明年我就六十五了，厂子该交给你了。”陈浩在上海一家外资咨询公司工作了八年，对接班这件事，他想了很久，一直没有给父亲答复。",
    "顺和食品创办于1989年，最初只是镇上的一个酱油作坊。陈国栋靠着走街串巷推销，把顺和酱油卖进了全省的小超市和农贸市场。到2018年，公司有员工四百多人，年销售额三亿多元。",
    "公司的管理一直由陈国栋和几位跟他创业的老员工说了算。车间主任、销售经理大多是亲戚或同乡，许多事情靠一个电话就能解决，规章制度却没有几条。",
    "2020年，陈浩回到公司担任总经理。他想建立规范的绩效考核，开设网店，推出低盐酱油等新产品。老员工们却觉得，“小陈总”的那一套是外企的做法，不适合乡镇企业。",
    "分歧最大的是销售渠道。陈浩主张把资源投到电商和连锁商超，砍掉一部分利润低的经销商；陈国栋却认为，那些经销商跟了顺和二十多年，“做人不能忘本”。",
    "2021年，陈浩的网店销售额突破五千万元，低盐酱油成了年轻顾客的首选。但两位老销售经理带着部分经销商转投了竞争对手，公司当年的线下销售下滑了一成多。",
    "陈国栋虽然已经退居董事长，却仍然每天到厂里转一圈。员工们遇到拿不准的事，还是习惯先去问“老陈总”。陈浩说：“交班容易，交心难。”",
    "2022年底，陈国栋在公司年会上宣布，自己不再过问日常经营。台下的老员工们鼓起了掌，但谁也说不清，顺和的下一个十年会是什么样子。",
]
J_NOTE = ("1. 本案例由××大学管理学院的王立、陈思撰写，作者拥有著作权中的署名权、修改权、改编权。"
          "2. 本案例授权中国管理案例共享中心使用，中国管理案例共享中心享有复制权、修改权、发表权、发行权、信息网络传播权、改编权、汇编权和翻译权。"
          "3. 由于企业保密的要求，在本案例中对有关名称、数据等做了必要的掩饰性处理。"
          "4. 本案例只供课堂讨论之用，并无意暗示或说明某种管理行为是否有效。")

# D村's village basketball games (村BA) after they went viral: rural revitalisation.
C = [
    "D村位于G县的山区，全村一千八百多人，大多数青壮年在外打工。每年农历六月六，村里都要举办篮球赛，这个传统已经延续了七十多年。",
    "比赛的组织者是村里的篮球协会，队员是本村和邻村的村民，奖品是一头牛、几只鸡。",
    "2022年夏天，一段村民在泥地球场上扣篮的视频在网上走红，播放量超过一亿次。此后的每场比赛，看台上都挤满了从外地赶来的游客。",
    "县里看到了机会，投资四百万元修建了新球场和看台，把篮球赛纳入全县的文旅推广活动。村里的农家乐从两家增加到三十多家。",
    "流量也带来了烦恼。比赛日周边道路严重拥堵，村里的垃圾成倍增加。一些商家借机涨价，一碗米粉卖到了三十元。",
    "县文旅部门想引入专业公司运营赛事，招商冠名；篮球协会的老会长却担心，比赛一旦商业化，就不再是村民自己的节日了。",
    "村民们对此看法不一。开农家乐的杨大姐说，球赛让她一年多挣了五万元；住在球场边的老人却说，晚上的喇叭声让人睡不着觉。",
]

# W市's used power batteries of new-energy cars (动力电池回收): industrial policy.
B = [
    "W市是全国重要的新能源汽车生产基地。2015年前后投放市场的第一批新能源汽车陆续进入报废期，退役动力电池的数量快速增长（见图1）。",
    "退役电池如果处理不当，电解液和重金属会污染土壤和水源；但电池中的锂、钴、镍又是宝贵的资源。一块电池拆解以后，可以回收上千元的金属材料。",
    "按照国家规定，汽车生产企业承担动力电池回收的主体责任。但在实际中，大量退役电池流入了没有资质的小作坊。小作坊不承担环保成本，收购价格比正规企业高出两成。",
    "2021年，W市出台动力电池回收利用管理办法，要求电池贴上“身份证”二维码，从生产、销售到报废全程可追溯。市里还在4S店和维修厂设立了回收服务网点。",
    "正规企业的处境有所改善，但回收量仍然不理想（见表1）。一家回收企业的负责人说，溯源系统只管得住新车，已经卖出去的车和电池，很难追得回来。",
]
B_TABLE = [("年份", "退役电池（万吨）", "正规渠道回收（万吨）"), ("2021", "2.1", "0.5"), ("2022", "3.4", "0.9"),
           ("2023", "5.2", "1.6")]
B_SITES = [("区", "网点数", "主要设在"), ("东湖区", "42", "4S店"), ("新城区", "35", "维修厂"), ("高新区", "18", "回收企业")]

# Prepared dishes in school canteens (预制菜进校园): food safety and school governance.
Y = [
    "2023年秋季开学不久，E市一所小学的家长在家长群里转发了一张照片：学校食堂的后厨堆着一箱箱外地生产的冷冻预制菜。家长们随即提出质疑：孩子每天吃的饭菜，是不是都是加热的料理包？",
    "学校解释说，食堂由一家餐饮公司托管，预制菜只用于少数菜品，而且都有合格的检验报告。但家长们并不满意，一些家长要求学校公开每天的菜单和食材来源。",
    "事情在网上发酵后，E市教育局和市场监管局联合对全市中小学食堂进行检查，发现有三成学校的托管公司使用过预制菜，但均未向学校和家长说明。",
    "教育局随后出台规定：学校食堂使用预制菜必须事先公示，并征得家长委员会同意；推行家长陪餐制度，每天安排两名家长与学生一起用餐。",
    "餐饮公司则叫苦：一餐十二元的标准，扣除人工和水电，如果全部现做，公司几乎没有利润。有的公司提出，要么提高餐费，要么退出学校食堂。",
]

# H市's dog-keeping rules, a year on (养犬管理): community governance — a 腾讯文档 copied as text.
D = [
    "2022年5月，H市某小区一名六岁儿童在楼下玩耍时被一只未拴绳的大型犬咬伤。视频在网上传开后，市民要求加强养犬管理的呼声很高。",
    "当年10月，H市出台养犬管理条例，规定城区每户限养一只犬，禁养烈性犬，出门必须拴绳，并实行犬只登记和年检。",
    "条例实施以后，登记的犬只只有预计数量的四成。许多养犬人认为登记手续太麻烦，也有人担心登记以后要交费。",
    "执法也不容易。养犬管理涉及公安、城管、农业农村等多个部门，遇到不拴绳遛狗的情况，城管队员说没有扣留犬只的权力，民警又忙不过来。",
    "一些社区开始另想办法。青桐社区召集养犬居民和不养犬居民开了三次议事会，共同制定了小区文明养犬公约，约定遛狗的时间和路线，还组织养犬居民轮流巡查。",
    "公约实施半年，小区里与狗有关的投诉减少了一半多。但社区书记也承认，公约没有强制力，只能靠大家自觉。",
]

# S市's public rental housing that tenants do not leave (公租房退出难): social policy — an exercise sheet.
F = [
    "S市从2011年开始建设公共租赁住房，面向住房困难的低收入家庭和新就业人员，租金约为市场租金的六成。目前全市共有公租房四万多套，轮候家庭超过一万户。",
    "按照规定，承租家庭的收入或住房条件超过标准后，应当退出公租房。但S市住建局2021年的核查发现，有一千二百多户已不符合条件的家庭仍在居住，有的家庭名下已有商品房，有的甚至把公租房转租出去。",
    "为了解决“退出难”，S市建立了住房、民政、公安、税务等部门的信息共享机制，每年对承租家庭进行一次资格复核。",
    "对不再符合条件的家庭，S市给予六个月的过渡期，过渡期内按市场租金收费；逾期不退的，纳入个人信用记录，并可以申请法院强制执行。",
    "新的办法也引起了一些争议。有承租人认为，自己的收入刚刚超过标准，在市场上仍然租不起房，“一刀切”的退出规定不近人情。也有轮候多年的家庭说，退出的速度还是太慢。",
]
F_ANSWERS = [
    "1．原因可从信息不对称、退出标准刚性、执法成本高、承租家庭缺乏可负担的替代住房等方面分析。",
    "2．信息共享和资格复核属于信息工具，过渡期和市场租金属于经济工具，信用惩戒和强制执行属于强制性工具。",
    "3．言之成理即可，可从分档退出、租金梯度、增加保障性租赁住房供给等方面展开。",
]

# S博物馆's booking system (博物馆预约): public cultural services — a Typora note.
M = [
    "近年来，“博物馆热”持续升温。S博物馆是国家一级博物馆，馆藏文物三十多万件，2023年接待观众超过六百万人次，比疫情前增长了近一倍。",
    "S博物馆实行免费开放、实名预约，每天限流三万人。每天晚上八点放出七天后的门票，往往几分钟就被约满。",
    "一些“黄牛”用软件抢票，再以每张五十到两百元的价格转卖，甚至打包出售“预约加讲解”的套餐。不少外地游客专程赶来，却因为约不到票只能在门口拍照。",
    "S博物馆先后三次调整预约规则：增加每天的预约名额，把放票时间分散到不同时段，对多次预约不到场的账号限制预约。",
    "博物馆还联合公安机关打击倒票行为，并为老年人保留了一定数量的现场票。但有观众认为，真正的问题是热门博物馆太少，“一票难求”只是供不应求的表现。",
]
M_TABLE = [("时间", "调整内容"), ("2023年7月", "每日名额由两万增至三万"), ("2023年9月", "分三个时段放票"),
           ("2024年1月", "爽约三次限制预约三十天")]

# Staggered sharing of parking spaces (错时共享停车): community co-governance — a role-play hand-out.
P = [
    "柳湾小区建于2000年，有住户九百多户，只有三百多个停车位。每天晚上，小区道路两侧停满了车，消防通道经常被堵。",
    "小区隔壁是一栋写字楼，地下车库有四百个车位，白天停满了上班族的车，晚上和周末却空着一大半。",
    "2023年，街道提出“错时共享停车”的方案：写字楼车库在晚上七点到次日早上八点向小区居民开放，居民按月付费，收入由写字楼业主和物业公司分成。",
    "方案一提出就引起了不同意见：写字楼业主担心居民早上不按时挪车，影响上班族停车；物业公司担心车辆刮蹭的责任说不清；一些居民则嫌月租费太高。",
    "街道决定召开一次社区议事会，请各方坐下来商量。",
]
P_ROLES = [
    ("街道办事处", "你是街道分管城市管理的副主任。你希望方案尽快落地，缓解小区停车难，但街道没有专门的经费，也不能强制写字楼开放车库。"),
    ("物业公司", "你是写字楼物业公司的经理。你关心的是车库的管理成本和安全责任，希望明确车辆损坏、超时停放的处理办法。"),
    ("写字楼业主", "你代表写字楼的业主委员会。你可以接受开放车库，但要求居民的车辆在早上八点前全部驶离，并希望获得合理的收入。"),
    ("小区居民代表", "你是柳湾小区的居民代表，家里有一辆车。你支持共享停车，但希望月租费不超过一百五十元，并能保证每天都有车位。"),
]


# 1. A slide deck (made in a presentation program and exported to PDF; made here as a landscape 16:9 Word
# document printed by LibreOffice, a slide a page): a title slide (the title large, the subtitle smaller),
# then one idea per slide — a heading and three or so short bullets — with the course's name and the slide's
# number in the footer of every slide, the questions and the plan on slides of their own and a closing
# `谢谢！` slide.
def slides():
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = cjk_document(20)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(25.4), Cm(14.29)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin, s.bottom_margin = Cm(1.5), Cm(1.2)
    fp = s.footer.paragraphs[0]
    fp.add_run("城市治理案例教学\t\t")
    field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(10)

    def para(text, size, bold=False, centre=False, before=0):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        return p

    def slide(heading, items, bullet="• "):
        d.add_page_break()
        para(heading, 28, bold=True)
        for x in items:
            para(bullet + x, 20, before=10)

    para("老街新生", 40, bold=True, centre=True, before=90)
    para("Q市历史街区的微更新", 24, centre=True, before=12)
    for heading, items in SLIDES:
        slide(heading, items)
    slide("讨论题", SLIDE_QUESTIONS, bullet="")
    slide("课堂安排", SLIDE_PLAN)
    d.add_page_break()
    para("谢谢！", 40, bold=True, centre=True, before=110)
    save_converted(d, "laojie", "pdf", path("pdf-slides-deck-laojie", "pdf"))


slides()
expect("pdf-slides-deck-laojie", "老街新生",
       SLIDES[0][1],
       [(h[2:], 1, len(items)) for h, items in SLIDES[1:]],
       [q[3:] for q in SLIDE_QUESTIONS],
       SLIDE_PLAN, subtitle="Q市历史街区的微更新")


# 2. pandoc .docx in the layout of the 中国管理案例共享中心's case library, as an MBA teacher submits it: the
# copyright statement as the title's footnote, bold 摘要：/关键词： lines, `# 案例正文` opening with an
# unheaded paragraph (the case's hook) before 一、, a closing 尾声, then `# 案例使用说明` with 一、教学目的与用途
# (适用课程 and 教学目的 as `1.` items), 二、启发思考题, 三、分析思路, 四、理论依据与分析 holding （一）（二）
# sub-parts only, 五、关键要点 as a numbered list and 六、建议课堂计划 as 课前计划/课中计划/课后计划 lines.
pandoc("\n".join([
    "---", f"title: \"交班容易交心难：顺和食品的二代接班^[{J_NOTE}]\"", "---", "",
    "**摘要**：本案例描述了一家乡镇家族企业创始人向海归儿子交班的过程，以及两代人在管理方式、销售渠道上的分歧和公司的应对。", "",
    "**关键词**：家族企业；代际传承；二代接班", "",
    "# 案例正文", "", J[0], "",
    "## 一、三十年的老厂", "", J[1], "", J[2], "",
    "## 二、两代人的分歧", "", J[3], "", J[4], "",
    "## 三、接班之后", "", J[5], "", J[6], "",
    "## 四、尾声", "", J[7], "",
    "# 案例使用说明", "",
    "## 一、教学目的与用途", "",
    "1. 本案例主要适用于MBA《家族企业管理》《战略管理》等课程。",
    "2. 本案例的教学目的是帮助学员理解家族企业代际传承中的权力交接与组织变革。", "",
    "## 二、启发思考题", "",
    "1. 陈浩为什么迟迟没有答应接班？", "2. 两代人在销售渠道上的分歧，本质上是什么分歧？",
    "3. 老员工的离开是接班的代价还是失误？", "4. 如果你是陈浩，下一步会怎样做？", "",
    "## 三、分析思路", "",
    "本案例可以按照“接班意愿—权力交接—组织变革—关系重建”的顺序展开，引导学员从创始人、继承人和老员工三方的视角分析传承中的冲突。", "",
    "## 四、理论依据与分析", "",
    "### （一）社会情感财富理论", "",
    "家族企业不仅追求经济收益，也重视家族对企业的控制、家族声誉和与老员工、老客户之间的情感联系。陈国栋“做人不能忘本”的坚持，正是社会情感财富的体现。", "",
    "### （二）继承人的合法性", "",
    "继承人的权威既来自所有权，也来自能力和员工的认可。陈浩用网店业绩证明了自己的能力，但老员工的认可需要更长的时间。", "",
    "## 五、关键要点", "",
    "1. 交班不只是职位的交接，更是权威和关系网络的交接；", "2. 创始人“退得出”是继承人“接得住”的前提。", "",
    "## 六、建议课堂计划", "",
    "课前计划：发放案例，请学员阅读并思考启发思考题。", "",
    "课中计划：教师简要导入（5分钟），分组讨论（30分钟），小组汇报（30分钟），教师总结（15分钟）。", "",
    "课后计划：请学员以陈浩的身份写一份三年发展规划。", ""]),
    path("docx-case-library-rubric-shunhe", "docx"))
expect("docx-case-library-rubric-shunhe", "交班容易交心难：顺和食品的二代接班",
       ["本案例主要适用于MBA《家族企业管理》《战略管理》等课程。", "本案例的教学目的是帮助学员理解家族企业代际传承中的权力交接与组织变革。"],
       [("摘要", 1, 1), ("关键词", 1, 1), ("案例正文", 1, 1), ("三十年的老厂", 2, 2), ("两代人的分歧", 2, 2),
        ("接班之后", 2, 2), ("尾声", 2, 1), ("分析思路", 2, 1), ("社会情感财富理论", 3, 1), ("继承人的合法性", 3, 1),
        ("关键要点", 2, 2), ("注释", 1, 1)],
       ["陈浩为什么迟迟没有答应接班？", "两代人在销售渠道上的分歧，本质上是什么分歧？", "老员工的离开是接班的代价还是失误？",
        "如果你是陈浩，下一步会怎样做？"],
       ["课前计划：发放案例，请学员阅读并思考启发思考题。", "课中计划：教师简要导入（5分钟），分组讨论（30分钟），小组汇报（30分钟），教师总结（15分钟）。",
        "课后计划：请学员以陈浩的身份写一份三年发展规划。"])


# 3. python-docx, a teacher's draft reviewed by a colleague and sent on with the review still in it: tracked
# insertions and deletions (a sentence deleted inside a paragraph, a clause inserted, a whole paragraph and a
# whole question deleted, a question's number changed, a new part and a new question inserted, paragraph
# marks included) and two comments (on the title and on a figure).
def tracked():
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = cjk_document(11)
    ids = iter(range(1, 100))

    def mark(tag):
        e = OxmlElement(tag)
        e.set(qn("w:id"), str(next(ids)))
        e.set(qn("w:author"), "李老师")
        e.set(qn("w:date"), "2026-09-01T10:00:00Z")
        return e

    def run(text, deleted=False):
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def ins(p, text):
        e = mark("w:ins"); e.append(run(text)); p._p.append(e)

    def dele(p, text):
        e = mark("w:del"); e.append(run(text, deleted=True)); p._p.append(e)

    def mark_paragraph(p, tag):
        """Marks the paragraph's mark itself inserted or deleted."""
        ppr = p._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        rpr.append(mark(tag))
        ppr.append(rpr)

    def plain(p, text):
        p.add_run(text)

    title = d.add_paragraph("", style="Title")
    t = title.add_run("村BA火了以后：G县D村的乡村篮球赛")
    d.add_comment([t], text="题目可以再短一点？", author="李老师", initials="李")
    d.add_paragraph("教学目的", style="Heading 1")
    p = d.add_paragraph()
    plain(p, "通过D村篮球赛走红的过程，理解乡村文化资源的开发与保护")
    ins(p, "，思考流量经济中村民的主体地位")
    plain(p, "。")
    d.add_paragraph("一、村里的篮球赛", style="Heading 1")
    p = d.add_paragraph()
    plain(p, C[0])
    dele(p, "据老人回忆，最早的比赛是在晒谷场上进行的，篮筐是用竹子搭起来的。")
    plain(p, "")
    d.add_paragraph(C[1])
    d.add_paragraph("二、从村赛到“网红”", style="Heading 1")
    p = d.add_paragraph()
    before, after = C[2].split("播放量超过一亿次")
    plain(p, before)
    r = p.add_run("播放量超过一亿次")
    d.add_comment([r], text="这个数字请再核实一下出处。", author="李老师", initials="李")
    plain(p, after)
    p = d.add_paragraph()
    a, b = C[3].split("，把篮球赛")
    plain(p, a)
    ins(p, "，成立了赛事组委会")
    plain(p, "，把篮球赛" + b)
    d.add_paragraph("三、流量之后", style="Heading 1")
    d.add_paragraph(C[4])
    p = d.add_paragraph()
    dele(p, "有游客在网上抱怨“被宰”，村委会连夜召开会议，要求商家明码标价。")
    mark_paragraph(p, "w:del")
    d.add_paragraph(C[5])
    h = d.add_paragraph(style="Heading 1")
    ins(h, "四、村民怎么说")
    mark_paragraph(h, "w:ins")
    p = d.add_paragraph()
    ins(p, C[6])
    mark_paragraph(p, "w:ins")
    d.add_paragraph("思考题", style="Heading 1")
    d.add_paragraph("1．D村的篮球赛为什么能火起来？")
    p = d.add_paragraph()
    dele(p, "2．县里投资修建球场是否合理？")
    mark_paragraph(p, "w:del")
    p = d.add_paragraph()
    dele(p, "3")
    ins(p, "2")
    plain(p, "．赛事是否应当交给专业公司运营？")
    p = d.add_paragraph()
    ins(p, "3．怎样让村民从流量中得到实惠？")
    mark_paragraph(p, "w:ins")
    d.add_paragraph("课堂安排", style="Heading 1")
    d.add_paragraph("第一课时：观看比赛视频，阅读案例。")
    d.add_paragraph("第二课时：分组讨论，各组汇报。")
    d.save(path("docx-tracked-changes-cunba", "docx"))


tracked()
expect("docx-tracked-changes-cunba", "村BA火了以后：G县D村的乡村篮球赛",
       ["通过D村篮球赛走红的过程，理解乡村文化资源的开发与保护，思考流量经济中村民的主体地位。"],
       [("村里的篮球赛", 1, 2), ("从村赛到“网红”", 1, 2), ("流量之后", 1, 2), ("村民怎么说", 1, 1)],
       ["D村的篮球赛为什么能火起来？", "赛事是否应当交给专业公司运营？", "怎样让村民从流量中得到实惠？"],
       ["第一课时：观看比赛视频，阅读案例。", "第二课时：分组讨论，各组汇报。"])


def png_chart(out, values, w=480, h=220):
    """A bar chart as a PNG (white, grey bars), written without an imaging library: the figure of a hand-out."""
    rows = []
    bar = w // (2 * len(values) + 1)
    top = max(values)
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            i, inside = divmod(x - bar, 2 * bar)
            filled = x >= bar and i < len(values) and inside < bar and y >= h - 10 - int(values[i] / top * (h - 30))
            row += bytes([90, 90, 90] if filled and y < h - 10 else [255, 255, 255])
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)

    with open(out, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))


# 4. A Word hand-out with a figure and exhibits, printed to PDF by LibreOffice: a bar chart (an image, no
# words) with its caption `图1　…` under it, a `表1　…` caption over a Word table in the body, the page number
# in the footer, and after the class plan two numbered exhibits — 附件1 a table, 附件2 an excerpt of a rule
# in two articles.
def figures():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    d = cjk_document(11)
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field(fp, "PAGE")

    def centred(text):
        p = d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def table(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell

    d.add_paragraph("退役电池去哪儿了", style="Title")
    d.add_paragraph("教学目标", style="Heading 1")
    d.add_paragraph("1．理解生产者责任延伸制度的基本内容；")
    d.add_paragraph("2．分析正规回收与非正规回收竞争的原因。")
    d.add_paragraph("一、退役潮来了", style="Heading 1")
    d.add_paragraph(B[0])
    chart = os.path.join(tempfile.mkdtemp(), "chart.png")
    png_chart(chart, [0.6, 1.2, 2.1, 3.4, 5.2])
    d.add_picture(chart, width=Cm(11))
    d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    centred("图1　2019—2023年W市退役动力电池数量")
    d.add_paragraph(B[1])
    d.add_paragraph("二、电池流向了哪里", style="Heading 1")
    d.add_paragraph(B[2])
    d.add_paragraph(B[3])
    d.add_paragraph("三、追不回来的电池", style="Heading 1")
    d.add_paragraph(B[4])
    centred("表1　2021—2023年W市动力电池回收情况")
    table(B_TABLE)
    d.add_paragraph("讨论题", style="Heading 1")
    d.add_paragraph("1．退役电池为什么大量流入小作坊？")
    d.add_paragraph("2．电池“身份证”能否解决回收难题？")
    d.add_paragraph("3．除了监管，还有哪些办法能让正规企业收到电池？")
    d.add_paragraph("课堂安排", style="Heading 1")
    d.add_paragraph("1．课前阅读案例和附件（20分钟）；")
    d.add_paragraph("2．分组讨论（40分钟）；")
    d.add_paragraph("3．全班交流，教师总结（30分钟）。")
    d.add_paragraph("附件1：W市动力电池回收服务网点分布", style="Heading 1")
    table(B_SITES)
    d.add_paragraph("附件2：《W市新能源汽车动力电池回收利用管理办法》（节选）", style="Heading 1")
    d.add_paragraph("第六条　汽车生产企业应当建立动力电池回收服务网点，负责收集、贮存和移交本企业售出车辆的退役动力电池。")
    d.add_paragraph("第九条　任何单位和个人不得将退役动力电池移交给不具备资质的企业或者个人。")
    save_converted(d, "dianchi", "pdf", path("pdf-figure-exhibits-dianchi", "pdf"))


figures()
expect("pdf-figure-exhibits-dianchi", "退役电池去哪儿了",
       ["理解生产者责任延伸制度的基本内容；", "分析正规回收与非正规回收竞争的原因。"],
       [("退役潮来了", 1, 3), ("电池流向了哪里", 1, 2), ("追不回来的电池", 1, 6),
        ("附件1：W市动力电池回收服务网点分布", 1, 4), ("附件2：《W市新能源汽车动力电池回收利用管理办法》（节选）", 1, 2)],
       ["退役电池为什么大量流入小作坊？", "电池“身份证”能否解决回收难题？", "除了监管，还有哪些办法能让正规企业收到电池？"],
       ["课前阅读案例和附件（20分钟）；", "分组讨论（40分钟）；", "全班交流，教师总结（30分钟）。"])


# 5. A course hand-out from a school's Word template, printed to PDF: the school and the course in the page
# header (`××大学公共管理学院　　MPA《公共政策分析》课程案例`), `第 N 页（共 M 页）` in the footer, 教学目的 and
# 一、二、三、 parts in Heading 1, the questions as a two-column table (序号 | 问题, a header row), the plan as
# `1．` lines.
def school_template():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    d = cjk_document(11)
    s = d.sections[0]
    s.header.paragraphs[0].text = "××大学公共管理学院　　MPA《公共政策分析》课程案例"
    s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    field(fp, "PAGE")
    fp.add_run(" 页（共 ")
    field(fp, "NUMPAGES")
    fp.add_run(" 页）")
    d.add_paragraph("预制菜进校园风波", style="Title")
    d.add_paragraph("教学目的", style="Heading 1")
    d.add_paragraph("通过E市学校食堂使用预制菜引发的争议，理解公共服务外包中的信息公开与多方监督。")
    d.add_paragraph("一、家长群里的一张照片", style="Heading 1")
    d.add_paragraph(Y[0])
    d.add_paragraph(Y[1])
    d.add_paragraph("二、全市大检查", style="Heading 1")
    d.add_paragraph(Y[2])
    d.add_paragraph(Y[3])
    d.add_paragraph("三、餐饮公司的难处", style="Heading 1")
    d.add_paragraph(Y[4])
    d.add_paragraph("讨论问题", style="Heading 1")
    rows = [("序号", "问题"), ("1", "家长为什么对预制菜如此敏感？"), ("2", "家长陪餐制度能起到什么作用？"),
            ("3", "学校食堂的餐费标准应当由谁来定？")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    t.autofit = False
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
            t.cell(r, c).width = Cm(1.6) if c == 0 else Cm(14)
    d.add_paragraph("课堂安排", style="Heading 1")
    d.add_paragraph("1．课前：阅读案例，了解本地学校食堂的供餐方式。")
    d.add_paragraph("2．课中：分组讨论，模拟一次家长委员会会议。")
    d.add_paragraph("3．课后：撰写一份学校食堂信息公开的建议。")
    save_converted(d, "yuzhicai", "pdf", path("pdf-school-header-question-table-yuzhicai", "pdf"))


school_template()
expect("pdf-school-header-question-table-yuzhicai", "预制菜进校园风波",
       ["通过E市学校食堂使用预制菜引发的争议，理解公共服务外包中的信息公开与多方监督。"],
       [("家长群里的一张照片", 1, 2), ("全市大检查", 1, 2), ("餐饮公司的难处", 1, 1)],
       ["家长为什么对预制菜如此敏感？", "家长陪餐制度能起到什么作用？", "学校食堂的餐费标准应当由谁来定？"],
       ["课前：阅读案例，了解本地学校食堂的供餐方式。", "课中：分组讨论，模拟一次家长委员会会议。", "课后：撰写一份学校食堂信息公开的建议。"])


# 6. A .txt copied from an online collaborative document (腾讯文档) and pasted into a text editor: the
# document's automatic list numbers and bullets are lost in the copy, so the questions are bare lines; the
# questions come FIRST (课前思考), before the case; a —— subtitle on a line of its own; typed 一、 headings.
write("tencent-docs-questions-first-yangquan", "txt", lines(
    "文明养犬，难在哪里？",
    "——H市养犬管理条例实施一年记",
    "课前思考",
    "你所在的小区有哪些与养犬有关的矛盾？",
    "养犬管理应当主要依靠法规，还是依靠居民公约？",
    "如果你是社区书记，会怎样处理一起犬只伤人事件？",
    "一、一起咬伤事件",
    D[0],
    "二、条例出台",
    D[1],
    D[2],
    "三、执法的难处",
    D[3],
    "四、居民公约",
    D[4],
    D[5],
    "课堂安排",
    "课前：阅读案例，完成课前思考。",
    "课中：分组讨论（40分钟），全班交流（30分钟）。",
    "课后：每人起草一份小区文明养犬公约。"))
expect("tencent-docs-questions-first-yangquan", "文明养犬，难在哪里？", [],
       [("一起咬伤事件", 1, 1), ("条例出台", 1, 2), ("执法的难处", 1, 1), ("居民公约", 1, 2)],
       ["你所在的小区有哪些与养犬有关的矛盾？", "养犬管理应当主要依靠法规，还是依靠居民公约？", "如果你是社区书记，会怎样处理一起犬只伤人事件？"],
       ["课前：阅读案例，完成课前思考。", "课中：分组讨论（40分钟），全班交流（30分钟）。", "课后：每人起草一份小区文明养犬公约。"],
       subtitle="H市养犬管理条例实施一年记")


# 7. A .txt of an exam-style exercise (案例分析题) a teacher hands out in class: the title, 【材料一】 to
# 【材料三】, 【问题】 with a lead-in line and `1．` questions carrying their marks (`（10分）`), then the
# teacher's 【参考答案要点】 (numbered points); no objectives, no plan.
write("exam-materials-gongzufang", "txt", lines(
    "S市公租房的“退出难”",
    "【材料一】",
    F[0],
    F[1],
    "【材料二】",
    F[2],
    F[3],
    "【材料三】",
    F[4],
    "【问题】",
    "阅读以上材料，回答下列问题（共40分）：",
    "1．结合材料一，分析公租房“退出难”的原因。（10分）",
    "2．材料二中S市的做法运用了哪些政策工具？（15分）",
    "3．你认为应当怎样兼顾公租房的保障性和公平性？（15分）",
    "【参考答案要点】",
    *F_ANSWERS))
expect("exam-materials-gongzufang", "S市公租房的“退出难”", [],
       [("材料一", 1, 2), ("材料二", 1, 2), ("材料三", 1, 1), ("参考答案要点", 1, 3)],
       ["结合材料一，分析公租房“退出难”的原因。（10分）", "材料二中S市的做法运用了哪些政策工具？（15分）",
        "你认为应当怎样兼顾公租房的保障性和公平性？（15分）"],
       [])


# 8. Markdown written in Typora: YAML front matter (title, date, tags, Typora's image folder), `[TOC]`, `#`
# parts with `##` sub-parts, inline HTML for colour and underline, a `<center>` caption over a pipe table,
# `1.` questions and `- ` plan items.
write("typora-front-matter-bowuguan", "md", lines(
    "---",
    "title: 一票难求：S博物馆的预约之困",
    "date: 2026-09-20",
    "tags: [公共文化服务, 案例教学]",
    "typora-copy-images-to: ./assets",
    "---",
    "",
    "[TOC]",
    "",
    "# 教学目标",
    "",
    "1. 理解公共文化服务供给中的效率与公平问题；",
    "2. 分析限流预约制度的利弊。",
    "",
    "# 一、案例背景",
    "",
    "## （一）博物馆热",
    "",
    M[0].replace("六百万人次", "<font color=red>六百万人次</font>"),
    "",
    "## （二）一票难求",
    "",
    M[1],
    "",
    M[2].replace("黄牛", "<u>黄牛</u>", 1),
    "",
    "# 二、预约制度的调整",
    "",
    "## （一）三次改规则",
    "",
    M[3],
    "",
    "<center><b>表1　S博物馆预约规则的调整</b></center>",
    "",
    "| 时间 | 调整内容 |",
    "| --- | --- |",
    *[f"| {a} | {b} |" for a, b in M_TABLE[1:]],
    "",
    "## （二）打击倒票",
    "",
    M[4],
    "",
    "# 三、讨论问题",
    "",
    "1. 免费开放的博物馆为什么会出现“黄牛”？",
    "2. 限流预约对哪些观众不公平？",
    "3. 你认为解决“一票难求”的根本办法是什么？",
    "",
    "# 四、课堂计划",
    "",
    "- 课前：在网上试着预约一家热门博物馆",
    "- 课中：分组讨论，每组提出一项改进建议",
    "- 课后：整理讨论记录"))
expect("typora-front-matter-bowuguan", "一票难求：S博物馆的预约之困",
       ["理解公共文化服务供给中的效率与公平问题；", "分析限流预约制度的利弊。"],
       [("博物馆热", 2, 1), ("一票难求", 2, 2), ("三次改规则", 2, 6), ("打击倒票", 2, 1)],
       ["免费开放的博物馆为什么会出现“黄牛”？", "限流预约对哪些观众不公平？", "你认为解决“一票难求”的根本办法是什么？"],
       ["课前：在网上试着预约一家热门博物馆", "课中：分组讨论，每组提出一项改进建议", "课后：整理讨论记录"])


# 9. A role-play hand-out written in LibreOffice and saved as .docx: typed 一、 headings in Heading 1 (no
# outline numbering), then 小组任务与角色扮演 with a lead-in paragraph and a role card per party (Heading 2 with
# the party's name, one paragraph of instructions each), then 讨论题 and 课堂流程 as typed `1．` lines.
fodt_converted(fodt([
    ("title", "错时共享停车：一场社区议事会"),
    ("h1", "教学目标"), ("p", "通过模拟社区议事会，体会多元主体协商的过程，理解社区共治中的利益平衡。"),
    ("h1", "一、停车难"), ("p", P[0]), ("p", P[1]),
    ("h1", "二、共享方案"), ("p", P[2]), ("p", P[3]),
    ("h1", "三、议事会"), ("p", P[4]),
    ("h1", "小组任务与角色扮演"),
    ("p", "全班分为四组，每组扮演一方，在模拟的社区议事会上陈述立场，与其他各方协商，最后形成一份错时共享停车协议。"),
    *[x for name, text in P_ROLES for x in (("h2", name), ("p", text))],
    ("h1", "讨论题"),
    ("plain", "1．各方最关心的利益分别是什么？"), ("plain", "2．街道在协商中应当扮演什么角色？"), ("plain", "3．怎样的协议才能长期执行下去？"),
    ("h1", "课堂流程"),
    ("plain", "1．阅读案例与角色说明（10分钟）"), ("plain", "2．各组准备发言（15分钟）"), ("plain", "3．模拟议事会（40分钟）"),
    ("plain", "4．复盘与教师点评（25分钟）"),
], NO_OUTLINE), "tingche", "docx:MS Word 2007 XML", path("libreoffice-role-play-tingche", "docx"))
expect("libreoffice-role-play-tingche", "错时共享停车：一场社区议事会",
       ["通过模拟社区议事会，体会多元主体协商的过程，理解社区共治中的利益平衡。"],
       [("停车难", 1, 2), ("共享方案", 1, 2), ("议事会", 1, 1), ("小组任务与角色扮演", 1, 1),
        *[(name, 2, 1) for name, _ in P_ROLES]],
       ["各方最关心的利益分别是什么？", "街道在协商中应当扮演什么角色？", "怎样的协议才能长期执行下去？"],
       ["阅读案例与角色说明（10分钟）", "各组准备发言（15分钟）", "模拟议事会（40分钟）", "复盘与教师点评（25分钟）"])

# M市's textile mill turned into a creative park (旧厂房改造文创园): urban regeneration — a Word cover.
W = [
    "M市第二棉纺织厂建于1958年，曾有职工六千多人。2005年工厂停产，十多万平方米的厂房闲置下来，成了流浪者和野猫的栖身之所。",
    "2015年，市里决定把旧厂区改造成文化创意产业园，由国有的城投公司负责改造和招商，保留锯齿形屋顶的车间和高大的烟囱。",
    "改造后的园区引来了设计工作室、咖啡馆和艺术展馆，节假日游客如织，成了年轻人拍照打卡的地方。园区的租金三年里上涨了一倍。",
    "老职工们的感受却很复杂。他们当年住在厂区旁边的宿舍楼里，如今宿舍楼依旧破旧，门口却停满了游客的车。一位老职工说：“厂子变漂亮了，可跟我们没什么关系了。”",
    "租金上涨也让一些早期入驻的小工作室难以为继，园区里的店铺越来越多是连锁品牌。有设计师担心，文创园正在变成一个普通的商业街。",
    "2022年，城投公司提出在园区里开设一座纺织厂历史陈列馆，并邀请老职工担任讲解员。这个提议得到了不少老职工的响应。",
]


# 10. python-docx as a Word user makes a cover: the title and subtitle in a text box (a drawing shape with
# its VML fallback, as Word 2010 and later save it, so the box's text is in the file twice), the hand-out
# after it in Heading 1/2 styles with typed 一、 and （一） numbers: 一、教学目标, 二、案例正文 holding （一）（二）
# （三）, 三、思考题 and 四、课堂安排 with `1．` lines.
TEXTBOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5400000" cy="1260000"/><wp:docPr id="1" name="文本框 1"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="1260000"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>%(paras)s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" anchor="ctr"/></wps:wsp>
</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="文本框 1" type="#_x0000_t202" style="width:425.2pt;height:99.2pt" strokecolor="#1f4e79" strokeweight="1pt">
<v:textbox><w:txbxContent>%(paras)s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
TEXTBOX_PARA = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
                '<w:t>%s</w:t></w:r></w:p>')


def textbox_cover():
    from docx.oxml import parse_xml
    d = cjk_document(11)
    box = "".join(TEXTBOX_PARA % (bold, size, size, text) for bold, size, text in
                  [("<w:b/>", 44, "老厂房里的新生意"), ("", 28, "——M市纺织厂旧址改造为文创园的得与失")])
    d.add_paragraph()._p.append(parse_xml(TEXTBOX % {"paras": box}))
    d.add_paragraph("一、教学目标", style="Heading 1")
    d.add_paragraph("1．理解城市更新中工业遗产保护与商业开发的关系；")
    d.add_paragraph("2．分析城市更新中原住民的利益如何得到体现。")
    d.add_paragraph("二、案例正文", style="Heading 1")
    d.add_paragraph("（一）闲置的老厂", style="Heading 2")
    d.add_paragraph(W[0])
    d.add_paragraph(W[1])
    d.add_paragraph("（二）网红文创园", style="Heading 2")
    d.add_paragraph(W[2])
    d.add_paragraph(W[3])
    d.add_paragraph(W[4])
    d.add_paragraph("（三）陈列馆的提议", style="Heading 2")
    d.add_paragraph(W[5])
    d.add_paragraph("三、思考题", style="Heading 1")
    d.add_paragraph("1．旧厂房改造为什么选择了文创园这条路？")
    d.add_paragraph("2．老职工为什么觉得“跟我们没什么关系了”？")
    d.add_paragraph("3．历史陈列馆能否让老职工重新参与进来？")
    d.add_paragraph("四、课堂安排", style="Heading 1")
    d.add_paragraph("1．课前：搜集一个本地工业遗产改造的例子；")
    d.add_paragraph("2．课中：分组讨论并汇报（70分钟）；")
    d.add_paragraph("3．课后：以老职工的身份写一封给城投公司的信。")
    d.save(path("docx-textbox-cover-wenchuang", "docx"))


textbox_cover()
expect("docx-textbox-cover-wenchuang", "老厂房里的新生意",
       ["理解城市更新中工业遗产保护与商业开发的关系；", "分析城市更新中原住民的利益如何得到体现。"],
       [("闲置的老厂", 2, 2), ("网红文创园", 2, 3), ("陈列馆的提议", 2, 1)],
       ["旧厂房改造为什么选择了文创园这条路？", "老职工为什么觉得“跟我们没什么关系了”？", "历史陈列馆能否让老职工重新参与进来？"],
       ["课前：搜集一个本地工业遗产改造的例子；", "课中：分组讨论并汇报（70分钟）；", "课后：以老职工的身份写一封给城投公司的信。"],
       subtitle="M市纺织厂旧址改造为文创园的得与失")

finish()
