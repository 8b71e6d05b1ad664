"""Demo platforms with their collection stages and sources.

Every text is a dict with the keys zh_hans, zh_hant and en. Facts are restated from the project's research notes;
platform figures come from weak, unsourced web articles and say so. The loader is
demo_content/management/commands/load_demo_content.py.
"""

import datetime

# The summary of the rules that platform bodies used to end with (see earlier_texts).
RULES_SECTION = {
    "zh_hans": "## 规则怎么说\n\n- 按推荐性国家标准GB/T 45251—2025，催收应只针对借款人本人。只有联系不上借款人时，才可以联系紧急联系人，而且只能用来恢复联系或转告信息，不得告诉他们欠款情况。\n- 紧急联系人拒绝或要求不再联系后，就不应再被联系。\n- 除非另有约定，晚上22点到早上8点不应催收。\n- 紧急联系人不是担保人，没有替借款人还钱的义务。\n\n本页是一般信息，不是法律意见。",
    "zh_hant": "## 規則怎麼說\n\n- 按推薦性國家標準GB/T 45251—2025，催收應只針對借款人本人。只有聯繫不上借款人時，才可以聯繫緊急聯繫人，而且只能用來恢復聯繫或轉告信息，不得告訴他們欠款情況。\n- 緊急聯繫人拒絕或要求不再聯繫後，就不應再被聯繫。\n- 除非另有約定，晚上22點到早上8點不應催收。\n- 緊急聯繫人不是擔保人，沒有替借款人還錢的義務。\n\n本頁是一般信息，不是法律意見。",
    "en": "## What the rules say\n\n- Under the recommended national standard GB/T 45251—2025, collection should be aimed at the borrower alone. Emergency contacts may be reached only when the borrower cannot be, and only to restore contact or pass on a message. They must not be told about the debt.\n- A contact who refuses or asks not to be called again should not be contacted again.\n- Unless agreed otherwise, there should be no collection between 22:00 and 08:00.\n- An emergency contact is not a guarantor and does not have to repay anything.\n\nThis page is general information, not legal advice.",
}


def with_rules(body: dict[str, str]) -> dict[str, str]:
    return {language: text + RULES_SECTION[language] for language, text in body.items()}


# The five source articles. Several platforms cite the same article, so each is written once. We do not know the
# articles' own titles, so each is named by what it covers and its language; the date is a field of its own.
#
# A record's "earlier_texts" holds, newest first, the texts earlier demos shipped for its fields (earlier demos
# called the sources "web article A" to "E", and pages referred to them by letter). load_demo_content brings a
# field that still holds one of them up to date, and finds a source by an earlier title too.
SOURCE_ARTICLE_A = {
    "title": {
        "zh_hans": "讲智汇星逾期催收时间的繁体中文网络文章（未注明日期）",
        "zh_hant": "講智匯星逾期催收時間的繁體中文網絡文章（未註明日期）",
        "en": "Traditional-Chinese web article on Zhihuixing's collection timeline (undated)",
    },
    "published_on": None,
    "reliability": "low",
    "note": {
        "zh_hans": "为搜索排名撰写的网络文章，没有作者资质说明，也没有引用任何出处，可靠性低。关于智汇星，这是我们找到的唯一来源，无法与其他资料核对。文章称第4至7天开始联系紧急联系人。",
        "zh_hant": "為搜索排名撰寫的網絡文章，沒有作者資質說明，也沒有引用任何出處，可靠性低。關於智匯星，這是我們找到的唯一來源，無法與其他資料核對。文章稱第4至7天開始聯繫緊急聯繫人。",
        "en": "An SEO article written to rank in search results; it names no qualified author and cites nothing, so its reliability is low. It is the only source we found on Zhihuixing, so it cannot be checked against anything else. It says emergency contacts start to be called on days 4–7.",
    },
    "claimed_first_day": 4,
    "claimed_last_day": 7,
    "earlier_texts": {
        "title": [
            {
                "zh_hans": "网络文章A（繁体中文，未注明日期）：智汇星逾期后的催收时间",
                "zh_hant": "網絡文章A（繁體中文，未註明日期）：智匯星逾期後的催收時間",
                "en": "Web article A (Traditional Chinese), undated: Zhihuixing collection timeline",
            },
        ],
    },
}

SOURCE_ARTICLE_B = {
    "title": {
        "zh_hans": "讲星图金融·任性贷逾期催收时间的简体中文网络文章（未注明日期）",
        "zh_hant": "講星圖金融·任性貸逾期催收時間的簡體中文網絡文章（未註明日期）",
        "en": "Simplified-Chinese web article on Xingtu Finance · Renxingdai's collection timeline (undated)",
    },
    "published_on": None,
    "reliability": "low",
    "note": {
        "zh_hans": "为搜索排名撰写的网络文章，没有引用任何出处，可靠性低。网页上天数之间的分隔符丢失（例如“714天”），我们按第7至14天理解。文章称大约第7天开始、最晚第14天联系紧急联系人，金额小、逾期短时可能暂不联系。",
        "zh_hant": "為搜索排名撰寫的網絡文章，沒有引用任何出處，可靠性低。網頁上天數之間的分隔符丟失（例如“714天”），我們按第7至14天理解。文章稱大約第7天開始、最晚第14天聯繫緊急聯繫人，金額小、逾期短時可能暫不聯繫。",
        "en": "An unsourced SEO article of low reliability. On the page the separators between day numbers were lost (for example “714天”), which we read as days 7–14. It says emergency contacts are called from about day 7 and by day 14 at the latest, and that small, short delays may not bring them in yet.",
    },
    "claimed_first_day": 7,
    "claimed_last_day": 14,
    "earlier_texts": {
        "title": [
            {
                "zh_hans": "网络文章B（简体中文，未注明日期）：星图金融·任性贷逾期后的催收时间",
                "zh_hant": "網絡文章B（簡體中文，未註明日期）：星圖金融·任性貸逾期後的催收時間",
                "en": "Web article B (Simplified Chinese), undated: Xingtu Finance · Renxingdai collection timeline",
            },
        ],
    },
}

SOURCE_ARTICLE_C = {
    "title": {
        "zh_hans": "讲蚂蚁借呗逾期催收时间的简体中文网络文章",
        "zh_hant": "講螞蟻借唄逾期催收時間的簡體中文網絡文章",
        "en": "Simplified-Chinese web article on Ant Jiebei's collection timeline",
    },
    "published_on": datetime.date(2025, 2, 7),
    "reliability": "low",
    "note": {
        "zh_hans": "发布在一个网站“债务优化”栏目下的搜索排名文章，没有引用出处，可靠性低，而且前后矛盾：分段说明里写第15至30天联系紧急联系人，另一句却说大约30天。原文数字之间的分隔符丢失（“1530天”），我们按第15至30天理解。",
        "zh_hant": "發佈在一個網站“債務優化”欄目下的搜索排名文章，沒有引用出處，可靠性低，而且前後矛盾：分段說明裏寫第15至30天聯繫緊急聯繫人，另一句卻說大約30天。原文數字之間的分隔符丟失（“1530天”），我們按第15至30天理解。",
        "en": "An SEO article from a website's “debt optimisation” section. It cites nothing, its reliability is low, and it contradicts itself: its stage list says emergency contacts are contacted on days 15–30, while another sentence says about 30 days. The separators between numbers were lost on the page (“1530天”); we read it as days 15–30.",
    },
    "claimed_first_day": 15,
    "claimed_last_day": 30,
    "earlier_texts": {
        "title": [
            {
                "zh_hans": "网络文章C（简体中文，2025年2月7日）：蚂蚁借呗逾期后的催收时间",
                "zh_hant": "網絡文章C（簡體中文，2025年2月7日）：螞蟻借唄逾期後的催收時間",
                "en": "Web article C (Simplified Chinese), 7 February 2025: Ant Jiebei collection timeline",
            },
        ],
    },
}

SOURCE_ARTICLE_D = {
    "title": {
        "zh_hans": "讲好分期逾期后果的简体中文网络文章",
        "zh_hant": "講好分期逾期後果的簡體中文網絡文章",
        "en": "Simplified-Chinese web article on what happens when Haofenqi payments are overdue",
    },
    "published_on": datetime.date(2025, 1, 8),
    "reliability": "low",
    "note": {
        "zh_hans": "发布在一个网站“债务优化”栏目下的搜索排名文章，没有引用出处，可靠性低。它把逾期分为轻度（第1至7天）、中度（第8至30天）和严重（第31天起），说仍未还款时会联系紧急联系人，但没有给出具体是第几天。",
        "zh_hant": "發佈在一個網站“債務優化”欄目下的搜索排名文章，沒有引用出處，可靠性低。它把逾期分為輕度（第1至7天）、中度（第8至30天）和嚴重（第31天起），說仍未還款時會聯繫緊急聯繫人，但沒有給出具體是第幾天。",
        "en": "An unsourced SEO article from a website's “debt optimisation” section, of low reliability. It sorts overdue accounts into mild (days 1–7), moderate (days 8–30) and severe (day 31 onwards), and says emergency contacts are called if the debt is still unpaid, but gives no day for it.",
    },
    "claimed_first_day": None,
    "claimed_last_day": None,
    "earlier_texts": {
        "title": [
            {
                "zh_hans": "网络文章D（简体中文，2025年1月8日）：好分期逾期的后果",
                "zh_hant": "網絡文章D（簡體中文，2025年1月8日）：好分期逾期的後果",
                "en": "Web article D (Simplified Chinese), 8 January 2025: what happens when Haofenqi payments are overdue",
            },
        ],
    },
}

SOURCE_ARTICLE_E = {
    "title": {
        "zh_hans": "讲支付宝借呗、花呗逾期催收方式的繁体中文网络文章（未注明日期）",
        "zh_hant": "講支付寶借唄、花唄逾期催收方式的繁體中文網絡文章（未註明日期）",
        "en": "Traditional-Chinese web article on how Alipay collects on overdue Jiebei and Huabei (undated)",
    },
    "published_on": None,
    "reliability": "low",
    "note": {
        "zh_hans": "为搜索排名撰写的网络文章，没有引用出处，可靠性低。文章用的是“大约第7天”“大约第14天”这类说法，并称大约第14天开始给亲友打电话，这与2025年2月7日那篇讲借呗的文章（第15至30天）不一致。",
        "zh_hant": "為搜索排名撰寫的網絡文章，沒有引用出處，可靠性低。文章用的是“大約第7天”“大約第14天”這類說法，並稱大約第14天開始給親友打電話，這與2025年2月7日那篇講借唄的文章（第15至30天）不一致。",
        "en": "An unsourced SEO article of low reliability. It speaks of “around day 7” and “around day 14”, and says calls to relatives and friends begin around day 14, which does not match the 7 February 2025 article on Jiebei (days 15–30).",
    },
    "claimed_first_day": 14,
    "claimed_last_day": 14,
    "earlier_texts": {
        "title": [
            {
                "zh_hans": "网络文章E（繁体中文，未注明日期）：支付宝借呗、花呗逾期后的催收方式",
                "zh_hant": "網絡文章E（繁體中文，未註明日期）：支付寶借唄、花唄逾期後的催收方式",
                "en": "Web article E (Traditional Chinese), undated: how Alipay collects on overdue Jiebei and Huabei",
            },
        ],
        "note": [
            {
                "zh_hans": "为搜索排名撰写的网络文章，没有引用出处，可靠性低。文章用的是“大约第7天”“大约第14天”这类说法，并称大约第14天开始给亲友打电话，这与文章C（第15至30天）不一致。",
                "zh_hant": "為搜索排名撰寫的網絡文章，沒有引用出處，可靠性低。文章用的是“大約第7天”“大約第14天”這類說法，並稱大約第14天開始給親友打電話，這與文章C（第15至30天）不一致。",
                "en": "An unsourced SEO article of low reliability. It speaks of “around day 7” and “around day 14”, and says calls to relatives and friends begin around day 14, which does not match article C (days 15–30).",
            },
        ],
    },
}


PLATFORMS = [
    {
        "slug": "zhihuixing",
        "kind": "consumer_loan",
        "is_general_profile": False,
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "name": {
            "zh_hans": "智汇星",
            "zh_hant": "智匯星",
            "en": "Zhihuixing",
        },
        "summary": {
            "zh_hans": "消费贷款App。我们只找到一篇未注明日期的网络文章，称逾期第4至7天开始联系紧急联系人。数据很弱，仅供粗略参考。",
            "zh_hant": "消費貸款App。我們只找到一篇未註明日期的網絡文章，稱逾期第4至7天開始聯繫緊急聯繫人。數據很弱，僅供粗略參考。",
            "en": "A consumer-loan app. Our only source is one undated web article, which says emergency contacts start to be called on days 4–7. The data is weak: treat it as a rough guide only.",
        },
        "body": (
            {
                "zh_hans": (
                    "## 我们知道什么\n"
                    "\n"
                    "关于智汇星，我们只找到一篇网络文章（繁体中文，未注明日期）。按它的说法：\n"
                    "\n"
                    "- 第1至3天：用短信或电话提醒借款人本人；\n"
                    "- 第4至7天：开始给紧急联系人打电话，询问还款情况；\n"
                    "- 第8天起：打给联系人的次数增多，催收更强硬。\n"
                    "\n"
                    "## 这些天数有多可靠\n"
                    "\n"
                    "这是为搜索排名写的文章，没有出处，可靠性低。只有这一个来源，无法交叉核对。实际做法可能因欠款金额、你是否接电话、是否转交外包机构而不同。\n"
                    "\n"
                ),
                "zh_hant": (
                    "## 我們知道什麼\n"
                    "\n"
                    "關於智匯星，我們只找到一篇網絡文章（繁體中文，未註明日期）。按它的說法：\n"
                    "\n"
                    "- 第1至3天：用短信或電話提醒借款人本人；\n"
                    "- 第4至7天：開始給緊急聯繫人打電話，詢問還款情況；\n"
                    "- 第8天起：打給聯繫人的次數增多，催收更強硬。\n"
                    "\n"
                    "## 這些天數有多可靠\n"
                    "\n"
                    "這是為搜索排名寫的文章，沒有出處，可靠性低。只有這一個來源，無法交叉核對。實際做法可能因欠款金額、你是否接電話、是否轉交外包機構而不同。\n"
                    "\n"
                ),
                "en": (
                    "## What we know\n"
                    "\n"
                    "We found a single web article about Zhihuixing (in Traditional Chinese, undated). According to it:\n"
                    "\n"
                    "- Days 1–3: reminders to the borrower by SMS or phone;\n"
                    "- Days 4–7: emergency contacts start to be called and asked about the repayment;\n"
                    "- Day 8 onwards: contacts are called more often and collection gets harsher.\n"
                    "\n"
                    "## How far to trust these days\n"
                    "\n"
                    "The article was written to rank in search results and cites nothing, so its reliability is low. With only one source there is nothing to check it against. What actually happens may depend on the amount owed, whether you answer your phone, and whether the debt is handed to an outside agency.\n"
                    "\n"
                ),
            }
        ),
        "stages": [
            {
                "first_day": 1,
                "last_day": 3,
                "contacts_called": False,
                "channels": ["sms", "phone"],
                "intensity": 1,
                "title": {
                    "zh_hans": "提醒本人",
                    "zh_hant": "提醒本人",
                    "en": "Reminders to you",
                },
                "description": {
                    "zh_hans": "按我们找到的那篇网络文章的说法，头三天用短信或电话提醒借款人本人还款。",
                    "zh_hant": "按我們找到的那篇網絡文章的說法，頭三天用短信或電話提醒借款人本人還款。",
                    "en": "According to the one web article we found, the first three days bring SMS or phone reminders to the borrower.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "按文章A的说法，头三天用短信或电话提醒借款人本人还款。",
                            "zh_hant": "按文章A的說法，頭三天用短信或電話提醒借款人本人還款。",
                            "en": "According to article A, the first three days bring SMS or phone reminders to the borrower.",
                        },
                    ],
                },
            },
            {
                "first_day": 4,
                "last_day": 7,
                "contacts_called": True,
                "channels": ["phone"],
                "intensity": 2,
                "title": {
                    "zh_hans": "开始联系紧急联系人",
                    "zh_hant": "開始聯繫緊急聯繫人",
                    "en": "Emergency contacts start to be called",
                },
                "description": {
                    "zh_hans": "我们找到的那篇网络文章称这几天开始给紧急联系人打电话，询问还款情况；最早第4天，最晚第7天。只有这一个来源，可靠性低。",
                    "zh_hant": "我們找到的那篇網絡文章稱這幾天開始給緊急聯繫人打電話，詢問還款情況；最早第4天，最晚第7天。只有這一個來源，可靠性低。",
                    "en": "The one web article we found says emergency contacts start to be called and asked about the repayment in these days: day 4 at the earliest, day 7 at the latest. It is the only source, and a weak one.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章A称这几天开始给紧急联系人打电话，询问还款情况；最早第4天，最晚第7天。只有这一个来源，可靠性低。",
                            "zh_hant": "文章A稱這幾天開始給緊急聯繫人打電話，詢問還款情況；最早第4天，最晚第7天。只有這一個來源，可靠性低。",
                            "en": "Article A says emergency contacts start to be called and asked about the repayment in these days: day 4 at the earliest, day 7 at the latest. It is the only source, and a weak one.",
                        },
                    ],
                },
            },
            {
                "first_day": 8,
                "last_day": None,
                "contacts_called": True,
                "channels": ["phone"],
                "intensity": 3,
                "title": {
                    "zh_hans": "更频繁、更强硬的催收",
                    "zh_hant": "更頻繁、更強硬的催收",
                    "en": "More frequent, harsher collection",
                },
                "description": {
                    "zh_hans": "我们找到的那篇网络文章称第8天起打给联系人的电话更多，催收更强硬。文章没有说明之后的具体做法。",
                    "zh_hant": "我們找到的那篇網絡文章稱第8天起打給聯繫人的電話更多，催收更強硬。文章沒有說明之後的具體做法。",
                    "en": "The one web article we found says that from day 8 contacts are called more often and collection gets harsher. It does not say what happens after that.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章A称第8天起打给联系人的电话更多，催收更强硬。文章没有说明之后的具体做法。",
                            "zh_hant": "文章A稱第8天起打給聯繫人的電話更多，催收更強硬。文章沒有說明之後的具體做法。",
                            "en": "Article A says that from day 8 contacts are called more often and collection gets harsher. It does not say what happens after that.",
                        },
                    ],
                },
            },
        ],
        "sources": [
            SOURCE_ARTICLE_A,
        ],
        "earlier_texts": {
            "body": [
                {
                    "zh_hans": (
                        "## 我们知道什么\n"
                        "\n"
                        "关于智汇星，我们只找到一篇网络文章（文章A，繁体中文，未注明日期）。按它的说法：\n"
                        "\n"
                        "- 第1至3天：用短信或电话提醒借款人本人；\n"
                        "- 第4至7天：开始给紧急联系人打电话，询问还款情况；\n"
                        "- 第8天起：打给联系人的次数增多，催收更强硬。\n"
                        "\n"
                        "## 这些天数有多可靠\n"
                        "\n"
                        "这是为搜索排名写的文章，没有出处，可靠性低。只有这一个来源，无法交叉核对。实际做法可能因欠款金额、你是否接电话、是否转交外包机构而不同。\n"
                        "\n"
                    ),
                    "zh_hant": (
                        "## 我們知道什麼\n"
                        "\n"
                        "關於智匯星，我們只找到一篇網絡文章（文章A，繁體中文，未註明日期）。按它的說法：\n"
                        "\n"
                        "- 第1至3天：用短信或電話提醒借款人本人；\n"
                        "- 第4至7天：開始給緊急聯繫人打電話，詢問還款情況；\n"
                        "- 第8天起：打給聯繫人的次數增多，催收更強硬。\n"
                        "\n"
                        "## 這些天數有多可靠\n"
                        "\n"
                        "這是為搜索排名寫的文章，沒有出處，可靠性低。只有這一個來源，無法交叉核對。實際做法可能因欠款金額、你是否接電話、是否轉交外包機構而不同。\n"
                        "\n"
                    ),
                    "en": (
                        "## What we know\n"
                        "\n"
                        "We found a single web article about Zhihuixing (article A, in Traditional Chinese, undated). According to it:\n"
                        "\n"
                        "- Days 1–3: reminders to the borrower by SMS or phone;\n"
                        "- Days 4–7: emergency contacts start to be called and asked about the repayment;\n"
                        "- Day 8 onwards: contacts are called more often and collection gets harsher.\n"
                        "\n"
                        "## How far to trust these days\n"
                        "\n"
                        "The article was written to rank in search results and cites nothing, so its reliability is low. With only one source there is nothing to check it against. What actually happens may depend on the amount owed, whether you answer your phone, and whether the debt is handed to an outside agency.\n"
                        "\n"
                    ),
                },
            ],
        },
    },
    {
        "slug": "xingtu-renxingdai",
        "kind": "consumer_loan",
        "is_general_profile": False,
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "name": {
            "zh_hans": "星图金融·任性贷",
            "zh_hant": "星圖金融·任性貸",
            "en": "Xingtu Finance · Renxingdai",
        },
        "aliases": {
            "zh_hans": ("星图金融任性贷\n任性贷"),
            "zh_hant": ("星圖金融任性貸\n任性貸"),
            "en": ("Xingtu Finance Renxingdai\nRenxingdai"),
        },
        "summary": {
            "zh_hans": "消费贷款产品。一篇未注明日期的网络文章称，大约第7天开始、最晚第14天联系紧急联系人。单一来源，可靠性低。",
            "zh_hant": "消費貸款產品。一篇未註明日期的網絡文章稱，大約第7天開始、最晚第14天聯繫緊急聯繫人。單一來源，可靠性低。",
            "en": "A consumer-loan product. One undated web article says emergency contacts are called from about day 7 and by day 14 at the latest. A single, weak source.",
        },
        "body": (
            {
                "zh_hans": (
                    "## 我们知道什么\n"
                    "\n"
                    "关于星图金融·任性贷（也写作“星图金融任性贷”或“任性贷”），我们找到一篇网络文章（简体中文，未注明日期）。按它的说法：\n"
                    "\n"
                    "- 第1至6天：短信和电话提醒本人，很少联系紧急联系人；\n"
                    "- 第7至14天：开始联系紧急联系人；\n"
                    "- 第15至30天：频繁打给联系人，还有自动语音电话、短信和人工催收；\n"
                    "- 第31天起：征信上的逾期记录影响最大，也可能被起诉。\n"
                    "\n"
                    "文章还说，金额小、逾期时间短时可能暂不联系联系人；金额大或逾期超过14天，联系人就会被卷进来。\n"
                    "\n"
                    "## 这些天数有多可靠\n"
                    "\n"
                    "单一来源，没有出处，可靠性低。网页上的天数范围丢失了分隔符（例如“714天”），是我们按上下文读成“第7至14天”的。\n"
                    "\n"
                ),
                "zh_hant": (
                    "## 我們知道什麼\n"
                    "\n"
                    "關於星圖金融·任性貸（也寫作“星圖金融任性貸”或“任性貸”），我們找到一篇網絡文章（簡體中文，未註明日期）。按它的說法：\n"
                    "\n"
                    "- 第1至6天：短信和電話提醒本人，很少聯繫緊急聯繫人；\n"
                    "- 第7至14天：開始聯繫緊急聯繫人；\n"
                    "- 第15至30天：頻繁打給聯繫人，還有自動語音電話、短信和人工催收；\n"
                    "- 第31天起：徵信上的逾期記錄影響最大，也可能被起訴。\n"
                    "\n"
                    "文章還說，金額小、逾期時間短時可能暫不聯繫聯繫人；金額大或逾期超過14天，聯繫人就會被捲進來。\n"
                    "\n"
                    "## 這些天數有多可靠\n"
                    "\n"
                    "單一來源，沒有出處，可靠性低。網頁上的天數範圍丟失了分隔符（例如“714天”），是我們按上下文讀成“第7至14天”的。\n"
                    "\n"
                ),
                "en": (
                    "## What we know\n"
                    "\n"
                    "For Xingtu Finance · Renxingdai (also written 星图金融任性贷 or just 任性贷) we found one web article (in Simplified Chinese, undated). According to it:\n"
                    "\n"
                    "- Days 1–6: SMS and phone reminders to the borrower; contacts are rarely called;\n"
                    "- Days 7–14: emergency contacts start to be called;\n"
                    "- Days 15–30: frequent calls to contacts, plus automated voice calls, SMS and human collectors;\n"
                    "- Day 31 onwards: the overdue entry on the credit report matters most, and a lawsuit is possible.\n"
                    "\n"
                    "The article adds that small amounts and short delays may not bring contacts in yet, while large amounts or delays of more than 14 days will.\n"
                    "\n"
                    "## How far to trust these days\n"
                    "\n"
                    "One source, no references, low reliability. The day ranges on the page had lost their separators (for example “714天”); we read them as “days 7–14” from the context.\n"
                    "\n"
                ),
            }
        ),
        "stages": [
            {
                "first_day": 1,
                "last_day": 6,
                "contacts_called": False,
                "channels": ["sms", "phone"],
                "intensity": 1,
                "title": {
                    "zh_hans": "提醒本人",
                    "zh_hant": "提醒本人",
                    "en": "Reminders to you",
                },
                "description": {
                    "zh_hans": "我们找到的那篇网络文章称这几天用短信和电话提醒借款人本人，一般很少联系紧急联系人。",
                    "zh_hant": "我們找到的那篇網絡文章稱這幾天用短信和電話提醒借款人本人，一般很少聯繫緊急聯繫人。",
                    "en": "The one web article we found says these days bring SMS and phone reminders to the borrower; contacts are rarely called.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章B称这几天用短信和电话提醒借款人本人，一般很少联系紧急联系人。",
                            "zh_hant": "文章B稱這幾天用短信和電話提醒借款人本人，一般很少聯繫緊急聯繫人。",
                            "en": "Article B says these days bring SMS and phone reminders to the borrower; contacts are rarely called.",
                        },
                    ],
                },
            },
            {
                "first_day": 7,
                "last_day": 14,
                "contacts_called": True,
                "channels": ["phone"],
                "intensity": 2,
                "title": {
                    "zh_hans": "开始联系紧急联系人",
                    "zh_hant": "開始聯繫緊急聯繫人",
                    "en": "Emergency contacts start to be called",
                },
                "description": {
                    "zh_hans": "我们找到的那篇网络文章称大约第7天开始、最晚第14天联系紧急联系人；金额小、逾期短时可能还不会。只有这一个来源，可靠性低。",
                    "zh_hant": "我們找到的那篇網絡文章稱大約第7天開始、最晚第14天聯繫緊急聯繫人；金額小、逾期短時可能還不會。只有這一個來源，可靠性低。",
                    "en": "The one web article we found says contacts are called from about day 7 and by day 14 at the latest, though perhaps not yet for small amounts and short delays. It is the only source, and a weak one.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章B称大约第7天开始、最晚第14天联系紧急联系人；金额小、逾期短时可能还不会。只有这一个来源，可靠性低。",
                            "zh_hant": "文章B稱大約第7天開始、最晚第14天聯繫緊急聯繫人；金額小、逾期短時可能還不會。只有這一個來源，可靠性低。",
                            "en": "Article B says contacts are called from about day 7 and by day 14 at the latest, though perhaps not yet for small amounts and short delays. It is the only source, and a weak one.",
                        },
                    ],
                },
            },
            {
                "first_day": 15,
                "last_day": 30,
                "contacts_called": True,
                "channels": ["phone", "robocall", "sms"],
                "intensity": 3,
                "title": {
                    "zh_hans": "频繁联系，加上自动语音",
                    "zh_hant": "頻繁聯繫，加上自動語音",
                    "en": "Frequent calls, including automated ones",
                },
                "description": {
                    "zh_hans": "我们找到的那篇网络文章称这一阶段频繁打给联系人，并有自动语音电话、短信和人工催收。按GB/T 45251—2025，AI等交互式语音催收每天与同一借款人有效接通不应超过3次。",
                    "zh_hant": "我們找到的那篇網絡文章稱這一階段頻繁打給聯繫人，並有自動語音電話、短信和人工催收。按GB/T 45251—2025，AI等交互式語音催收每天與同一借款人有效接通不應超過3次。",
                    "en": "The one web article we found says contacts are called often in this stage, alongside automated voice calls, SMS and human collectors. Under GB/T 45251—2025, interactive voice collection (AI included) should reach the same borrower at most 3 times a day.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章B称这一阶段频繁打给联系人，并有自动语音电话、短信和人工催收。按GB/T 45251—2025，AI等交互式语音催收每天与同一借款人有效接通不应超过3次。",
                            "zh_hant": "文章B稱這一階段頻繁打給聯繫人，並有自動語音電話、短信和人工催收。按GB/T 45251—2025，AI等交互式語音催收每天與同一借款人有效接通不應超過3次。",
                            "en": "Article B says contacts are called often in this stage, alongside automated voice calls, SMS and human collectors. Under GB/T 45251—2025, interactive voice collection (AI included) should reach the same borrower at most 3 times a day.",
                        },
                    ],
                },
            },
            {
                "first_day": 31,
                "last_day": None,
                "contacts_called": True,
                "channels": ["credit_report", "lawsuit"],
                "intensity": 3,
                "title": {
                    "zh_hans": "征信记录，可能被起诉",
                    "zh_hant": "徵信記錄，可能被起訴",
                    "en": "Credit-report entry, possible lawsuit",
                },
                "description": {
                    "zh_hans": "我们找到的那篇网络文章称第31天起，征信上的逾期记录影响最大，也可能被起诉。是否起诉、何时起诉，文章没有给出依据。",
                    "zh_hant": "我們找到的那篇網絡文章稱第31天起，徵信上的逾期記錄影響最大，也可能被起訴。是否起訴、何時起訴，文章沒有給出依據。",
                    "en": "The one web article we found says that from day 31 the overdue entry on the credit report matters most and a lawsuit is possible. It gives no basis for whether or when a lawsuit follows.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章B称第31天起，征信上的逾期记录影响最大，也可能被起诉。是否起诉、何时起诉，文章没有给出依据。",
                            "zh_hant": "文章B稱第31天起，徵信上的逾期記錄影響最大，也可能被起訴。是否起訴、何時起訴，文章沒有給出依據。",
                            "en": "Article B says that from day 31 the overdue entry on the credit report matters most and a lawsuit is possible. It gives no basis for whether or when a lawsuit follows.",
                        },
                    ],
                },
            },
        ],
        "sources": [
            SOURCE_ARTICLE_B,
        ],
        "earlier_texts": {
            "body": [
                {
                    "zh_hans": (
                        "## 我们知道什么\n"
                        "\n"
                        "关于星图金融·任性贷（也写作“星图金融任性贷”或“任性贷”），我们找到一篇网络文章（文章B，简体中文，未注明日期）。按它的说法：\n"
                        "\n"
                        "- 第1至6天：短信和电话提醒本人，很少联系紧急联系人；\n"
                        "- 第7至14天：开始联系紧急联系人；\n"
                        "- 第15至30天：频繁打给联系人，还有自动语音电话、短信和人工催收；\n"
                        "- 第31天起：征信上的逾期记录影响最大，也可能被起诉。\n"
                        "\n"
                        "文章还说，金额小、逾期时间短时可能暂不联系联系人；金额大或逾期超过14天，联系人就会被卷进来。\n"
                        "\n"
                        "## 这些天数有多可靠\n"
                        "\n"
                        "单一来源，没有出处，可靠性低。网页上的天数范围丢失了分隔符（例如“714天”），是我们按上下文读成“第7至14天”的。\n"
                        "\n"
                    ),
                    "zh_hant": (
                        "## 我們知道什麼\n"
                        "\n"
                        "關於星圖金融·任性貸（也寫作“星圖金融任性貸”或“任性貸”），我們找到一篇網絡文章（文章B，簡體中文，未註明日期）。按它的說法：\n"
                        "\n"
                        "- 第1至6天：短信和電話提醒本人，很少聯繫緊急聯繫人；\n"
                        "- 第7至14天：開始聯繫緊急聯繫人；\n"
                        "- 第15至30天：頻繁打給聯繫人，還有自動語音電話、短信和人工催收；\n"
                        "- 第31天起：徵信上的逾期記錄影響最大，也可能被起訴。\n"
                        "\n"
                        "文章還說，金額小、逾期時間短時可能暫不聯繫聯繫人；金額大或逾期超過14天，聯繫人就會被捲進來。\n"
                        "\n"
                        "## 這些天數有多可靠\n"
                        "\n"
                        "單一來源，沒有出處，可靠性低。網頁上的天數範圍丟失了分隔符（例如“714天”），是我們按上下文讀成“第7至14天”的。\n"
                        "\n"
                    ),
                    "en": (
                        "## What we know\n"
                        "\n"
                        "For Xingtu Finance · Renxingdai (also written 星图金融任性贷 or just 任性贷) we found one web article (article B, in Simplified Chinese, undated). According to it:\n"
                        "\n"
                        "- Days 1–6: SMS and phone reminders to the borrower; contacts are rarely called;\n"
                        "- Days 7–14: emergency contacts start to be called;\n"
                        "- Days 15–30: frequent calls to contacts, plus automated voice calls, SMS and human collectors;\n"
                        "- Day 31 onwards: the overdue entry on the credit report matters most, and a lawsuit is possible.\n"
                        "\n"
                        "The article adds that small amounts and short delays may not bring contacts in yet, while large amounts or delays of more than 14 days will.\n"
                        "\n"
                        "## How far to trust these days\n"
                        "\n"
                        "One source, no references, low reliability. The day ranges on the page had lost their separators (for example “714天”); we read them as “days 7–14” from the context.\n"
                        "\n"
                    ),
                },
            ],
        },
    },
    {
        "slug": "ant-jiebei",
        "kind": "consumer_loan",
        "is_general_profile": False,
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "name": {
            "zh_hans": "蚂蚁借呗",
            "zh_hant": "螞蟻借唄",
            "en": "Ant Jiebei",
        },
        "aliases": {
            "zh_hans": ("借呗\n蚂蚁借呗"),
            "zh_hant": ("借唄\n螞蟻借唄"),
            "en": ("Jiebei\nAnt Jiebei"),
        },
        "summary": {
            "zh_hans": "支付宝里的消费贷款。两篇网络文章说法不一：一篇说第15至30天（同一篇又说大约30天），另一篇说大约第14天。",
            "zh_hant": "支付寶裏的消費貸款。兩篇網絡文章說法不一：一篇說第15至30天（同一篇又說大約30天），另一篇說大約第14天。",
            "en": "Alipay's consumer loan. Two web articles disagree: one says days 15–30 (and elsewhere about 30 days), the other about day 14.",
        },
        "body": (
            {
                "zh_hans": (
                    "## 我们知道什么\n"
                    "\n"
                    "一篇简体中文网络文章（2025年2月7日）对蚂蚁借呗的描述是：\n"
                    "\n"
                    "- 第1至15天：反复用短信和电话提醒本人；\n"
                    "- 第15至30天：告知紧急联系人你已逾期，请他们帮忙联系你；\n"
                    "- 第31天起：催收电话增多，可能转交外部催收机构。\n"
                    "\n"
                    "同一篇文章另一句又说，大约30天才联系紧急联系人。另一篇繁体中文文章（未注明日期）描述支付宝的借呗和花呗，说大约第14天就会给亲友打电话。还有其他网页给出“7至30天”或“一个月以后”的说法。\n"
                    "\n"
                    "## 来源互相矛盾\n"
                    "\n"
                    "几篇文章都没有出处，可靠性低，说法从第14天前后到第30天不等。2025年2月7日那篇文章的两段都包含第15天，我们把第15天放在第二段。请把这些天数当作网上的说法，而不是平台的规定。\n"
                    "\n"
                ),
                "zh_hant": (
                    "## 我們知道什麼\n"
                    "\n"
                    "一篇簡體中文網絡文章（2025年2月7日）對螞蟻借唄的描述是：\n"
                    "\n"
                    "- 第1至15天：反覆用短信和電話提醒本人；\n"
                    "- 第15至30天：告知緊急聯繫人你已逾期，請他們幫忙聯繫你；\n"
                    "- 第31天起：催收電話增多，可能轉交外部催收機構。\n"
                    "\n"
                    "同一篇文章另一句又說，大約30天才聯繫緊急聯繫人。另一篇繁體中文文章（未註明日期）描述支付寶的借唄和花唄，說大約第14天就會給親友打電話。還有其他網頁給出“7至30天”或“一個月以後”的說法。\n"
                    "\n"
                    "## 來源互相矛盾\n"
                    "\n"
                    "幾篇文章都沒有出處，可靠性低，說法從第14天前後到第30天不等。2025年2月7日那篇文章的兩段都包含第15天，我們把第15天放在第二段。請把這些天數當作網上的說法，而不是平臺的規定。\n"
                    "\n"
                ),
                "en": (
                    "## What we know\n"
                    "\n"
                    "A web article in Simplified Chinese (7 February 2025) describes Ant Jiebei like this:\n"
                    "\n"
                    "- Days 1–15: repeated SMS and phone reminders to the borrower;\n"
                    "- Days 15–30: emergency contacts are told that you are overdue and asked to help reach you;\n"
                    "- Day 31 onwards: more collection calls; an outside collection agency may take over.\n"
                    "\n"
                    "Another sentence in the same article says contacts are called after about 30 days. An undated article in Traditional Chinese that covers Alipay's Jiebei and Huabei says relatives and friends are called around day 14. Other web pages say “7 to 30 days” or “after a month”.\n"
                    "\n"
                    "## The sources disagree\n"
                    "\n"
                    "None of these articles cites anything, and their reliability is low; their answers range from around day 14 to day 30. Both of the 7 February 2025 article's ranges include day 15; we put day 15 in the second stage. Read these days as what the web says, not as the platform's rules.\n"
                    "\n"
                ),
            }
        ),
        "stages": [
            {
                "first_day": 1,
                "last_day": 14,
                "contacts_called": False,
                "channels": ["sms", "phone"],
                "intensity": 1,
                "title": {
                    "zh_hans": "反复提醒本人",
                    "zh_hant": "反覆提醒本人",
                    "en": "Repeated reminders to you",
                },
                "description": {
                    "zh_hans": "2025年2月7日那篇讲借呗的文章称前15天反复用短信和电话提醒本人。它的下一段也从第15天算起，所以我们把这一段算到第14天。注意：那篇未注明日期、讲支付宝的文章说大约第14天就会打给亲友。",
                    "zh_hant": "2025年2月7日那篇講借唄的文章稱前15天反覆用短信和電話提醒本人。它的下一段也從第15天算起，所以我們把這一段算到第14天。注意：那篇未註明日期、講支付寶的文章說大約第14天就會打給親友。",
                    "en": "The 7 February 2025 article on Jiebei says the first 15 days bring repeated SMS and phone reminders. Its next stage also starts on day 15, so we end this one on day 14. Note that the undated article on Alipay says relatives and friends are called from around day 14.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章C称前15天反复用短信和电话提醒本人。它的下一段也从第15天算起，所以我们把这一段算到第14天。注意：文章E说大约第14天就会打给亲友。",
                            "zh_hant": "文章C稱前15天反覆用短信和電話提醒本人。它的下一段也從第15天算起，所以我們把這一段算到第14天。注意：文章E說大約第14天就會打給親友。",
                            "en": "Article C says the first 15 days bring repeated SMS and phone reminders. Its next stage also starts on day 15, so we end this one on day 14. Note that article E says relatives and friends are called from around day 14.",
                        },
                    ],
                },
            },
            {
                "first_day": 15,
                "last_day": 30,
                "contacts_called": True,
                "channels": ["phone"],
                "intensity": 2,
                "title": {
                    "zh_hans": "告知紧急联系人",
                    "zh_hant": "告知緊急聯繫人",
                    "en": "Emergency contacts told of the delay",
                },
                "description": {
                    "zh_hans": "2025年2月7日那篇讲借呗的文章称这一阶段会告知紧急联系人，并请他们帮忙联系你；同一篇文章另一句却说大约30天。来源不一致，可靠性低。",
                    "zh_hant": "2025年2月7日那篇講借唄的文章稱這一階段會告知緊急聯繫人，並請他們幫忙聯繫你；同一篇文章另一句卻說大約30天。來源不一致，可靠性低。",
                    "en": "The 7 February 2025 article on Jiebei says emergency contacts are told in this stage and asked to help reach you, yet another sentence in it says about 30 days. The source is inconsistent and weak.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章C称这一阶段会告知紧急联系人，并请他们帮忙联系你；同一篇文章另一句却说大约30天。来源不一致，可靠性低。",
                            "zh_hant": "文章C稱這一階段會告知緊急聯繫人，並請他們幫忙聯繫你；同一篇文章另一句卻說大約30天。來源不一致，可靠性低。",
                            "en": "Article C says emergency contacts are told in this stage and asked to help reach you, yet another sentence in it says about 30 days. The source is inconsistent and weak.",
                        },
                    ],
                },
            },
            {
                "first_day": 31,
                "last_day": None,
                "contacts_called": True,
                "channels": ["phone", "agency"],
                "intensity": 3,
                "title": {
                    "zh_hans": "催收加强，可能转交外部机构",
                    "zh_hant": "催收加強，可能轉交外部機構",
                    "en": "More calls; an outside agency may take over",
                },
                "description": {
                    "zh_hans": "2025年2月7日那篇讲借呗的文章称第31天起催收电话增多，外部催收机构可能接手。",
                    "zh_hant": "2025年2月7日那篇講借唄的文章稱第31天起催收電話增多，外部催收機構可能接手。",
                    "en": "The 7 February 2025 article on Jiebei says collection calls increase from day 31 and an outside collection agency may take over.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章C称第31天起催收电话增多，外部催收机构可能接手。",
                            "zh_hant": "文章C稱第31天起催收電話增多，外部催收機構可能接手。",
                            "en": "Article C says collection calls increase from day 31 and an outside collection agency may take over.",
                        },
                    ],
                },
            },
        ],
        "sources": [
            SOURCE_ARTICLE_C,
            SOURCE_ARTICLE_E,
        ],
        "earlier_texts": {
            "body": [
                {
                    "zh_hans": (
                        "## 我们知道什么\n"
                        "\n"
                        "文章C（简体中文，2025年2月7日）对蚂蚁借呗的描述是：\n"
                        "\n"
                        "- 第1至15天：反复用短信和电话提醒本人；\n"
                        "- 第15至30天：告知紧急联系人你已逾期，请他们帮忙联系你；\n"
                        "- 第31天起：催收电话增多，可能转交外部催收机构。\n"
                        "\n"
                        "同一篇文章另一句又说，大约30天才联系紧急联系人。文章E（繁体中文，未注明日期）描述支付宝的借呗和花呗，说大约第14天就会给亲友打电话。还有其他网页给出“7至30天”或“一个月以后”的说法。\n"
                        "\n"
                        "## 来源互相矛盾\n"
                        "\n"
                        "几篇文章都没有出处，可靠性低，说法从第14天前后到第30天不等。文章C的两段都包含第15天，我们把第15天放在第二段。请把这些天数当作网上的说法，而不是平台的规定。\n"
                        "\n"
                    ),
                    "zh_hant": (
                        "## 我們知道什麼\n"
                        "\n"
                        "文章C（簡體中文，2025年2月7日）對螞蟻借唄的描述是：\n"
                        "\n"
                        "- 第1至15天：反覆用短信和電話提醒本人；\n"
                        "- 第15至30天：告知緊急聯繫人你已逾期，請他們幫忙聯繫你；\n"
                        "- 第31天起：催收電話增多，可能轉交外部催收機構。\n"
                        "\n"
                        "同一篇文章另一句又說，大約30天才聯繫緊急聯繫人。文章E（繁體中文，未註明日期）描述支付寶的借唄和花唄，說大約第14天就會給親友打電話。還有其他網頁給出“7至30天”或“一個月以後”的說法。\n"
                        "\n"
                        "## 來源互相矛盾\n"
                        "\n"
                        "幾篇文章都沒有出處，可靠性低，說法從第14天前後到第30天不等。文章C的兩段都包含第15天，我們把第15天放在第二段。請把這些天數當作網上的說法，而不是平臺的規定。\n"
                        "\n"
                    ),
                    "en": (
                        "## What we know\n"
                        "\n"
                        "Article C (Simplified Chinese, 7 February 2025) describes Ant Jiebei like this:\n"
                        "\n"
                        "- Days 1–15: repeated SMS and phone reminders to the borrower;\n"
                        "- Days 15–30: emergency contacts are told that you are overdue and asked to help reach you;\n"
                        "- Day 31 onwards: more collection calls; an outside collection agency may take over.\n"
                        "\n"
                        "Another sentence in the same article says contacts are called after about 30 days. Article E (Traditional Chinese, undated), which covers Alipay's Jiebei and Huabei, says relatives and friends are called around day 14. Other web pages say “7 to 30 days” or “after a month”.\n"
                        "\n"
                        "## The sources disagree\n"
                        "\n"
                        "None of these articles cites anything, and their reliability is low; their answers range from around day 14 to day 30. Both of article C's ranges include day 15; we put day 15 in the second stage. Read these days as what the web says, not as the platform's rules.\n"
                        "\n"
                    ),
                },
            ],
        },
    },
    {
        "slug": "haofenqi",
        "kind": "instalment",
        "is_general_profile": False,
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "name": {
            "zh_hans": "好分期",
            "zh_hant": "好分期",
            "en": "Haofenqi",
        },
        "summary": {
            "zh_hans": "分期购物平台。数据很少：唯一的文章只给出轻度、中度、严重三档逾期，没有说第几天联系紧急联系人。",
            "zh_hant": "分期購物平臺。數據很少：唯一的文章只給出輕度、中度、嚴重三檔逾期，沒有說第幾天聯繫緊急聯繫人。",
            "en": "An instalment-shopping platform. The data is thin: our only article gives three levels of overdue (mild, moderate, severe) and no day on which emergency contacts are called.",
        },
        "body": (
            {
                "zh_hans": (
                    "## 我们知道什么\n"
                    "\n"
                    "关于好分期，我们只找到一篇网络文章（简体中文，2025年1月8日）。它把逾期分为三档：\n"
                    "\n"
                    "- 轻度：第1至7天；\n"
                    "- 中度：第8至30天；\n"
                    "- 严重：第31天起。\n"
                    "\n"
                    "它描述的顺序是：先发短信或电子邮件提醒，然后打电话给本人，如果仍未还款，再联系紧急联系人。\n"
                    "\n"
                    "## 数据很薄\n"
                    "\n"
                    "文章没有说第几天联系紧急联系人，所以我们的时间线里没有任何阶段标注“会联系紧急联系人”。这不表示不会联系，只表示我们不知道。这三档是那篇文章自己的分法，不是法律或监管的分类。其他平台的文章说法从第4天到第30天不等，可参考“一般行业情况”。\n"
                    "\n"
                ),
                "zh_hant": (
                    "## 我們知道什麼\n"
                    "\n"
                    "關於好分期，我們只找到一篇網絡文章（簡體中文，2025年1月8日）。它把逾期分為三檔：\n"
                    "\n"
                    "- 輕度：第1至7天；\n"
                    "- 中度：第8至30天；\n"
                    "- 嚴重：第31天起。\n"
                    "\n"
                    "它描述的順序是：先發短信或電子郵件提醒，然後打電話給本人，如果仍未還款，再聯繫緊急聯繫人。\n"
                    "\n"
                    "## 數據很薄\n"
                    "\n"
                    "文章沒有說第幾天聯繫緊急聯繫人，所以我們的時間線裏沒有任何階段標註“會聯繫緊急聯繫人”。這不表示不會聯繫，只表示我們不知道。這三檔是那篇文章自己的分法，不是法律或監管的分類。其他平臺的文章說法從第4天到第30天不等，可參考“一般行業情況”。\n"
                    "\n"
                ),
                "en": (
                    "## What we know\n"
                    "\n"
                    "We found one web article about Haofenqi (Simplified Chinese, 8 January 2025). It sorts overdue accounts into three levels:\n"
                    "\n"
                    "- Mild: days 1–7;\n"
                    "- Moderate: days 8–30;\n"
                    "- Severe: day 31 onwards.\n"
                    "\n"
                    "The order it describes is: first SMS or e-mail reminders, then phone calls to the borrower, and then, if the debt is still unpaid, calls to emergency contacts.\n"
                    "\n"
                    "## The data is thin\n"
                    "\n"
                    "The article gives no day for calling emergency contacts, so no stage in our timeline is marked as one where contacts are called. That does not mean they never are; it means we don't know. The three levels are the article's own grouping, not a legal or regulatory one. Articles about other platforms give anything from day 4 to day 30; see the general industry pattern.\n"
                    "\n"
                ),
            }
        ),
        "stages": [
            {
                "first_day": 1,
                "last_day": 7,
                "contacts_called": False,
                "channels": ["sms", "email", "phone"],
                "intensity": 1,
                "title": {
                    "zh_hans": "轻度逾期",
                    "zh_hant": "輕度逾期",
                    "en": "Mild: reminders",
                },
                "description": {
                    "zh_hans": "我们找到的那篇网络文章把第1至7天称为轻度逾期，先发短信或电子邮件，再打电话给本人。文章没有说这时会不会联系紧急联系人。",
                    "zh_hant": "我們找到的那篇網絡文章把第1至7天稱為輕度逾期，先發短信或電子郵件，再打電話給本人。文章沒有說這時會不會聯繫緊急聯繫人。",
                    "en": "The one web article we found calls days 1–7 mild: first SMS or e-mail reminders, then calls to the borrower. It does not say whether emergency contacts are called yet.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章D把第1至7天称为轻度逾期，先发短信或电子邮件，再打电话给本人。文章没有说这时会不会联系紧急联系人。",
                            "zh_hant": "文章D把第1至7天稱為輕度逾期，先發短信或電子郵件，再打電話給本人。文章沒有說這時會不會聯繫緊急聯繫人。",
                            "en": "Article D calls days 1–7 mild: first SMS or e-mail reminders, then calls to the borrower. It does not say whether emergency contacts are called yet.",
                        },
                    ],
                },
            },
            {
                "first_day": 8,
                "last_day": 30,
                "contacts_called": False,
                "channels": ["phone"],
                "intensity": 2,
                "title": {
                    "zh_hans": "中度逾期",
                    "zh_hant": "中度逾期",
                    "en": "Moderate",
                },
                "description": {
                    "zh_hans": "我们找到的那篇网络文章把第8至30天称为中度逾期。它说仍未还款时会联系紧急联系人，但没有给出日期，所以这里没有标注。",
                    "zh_hant": "我們找到的那篇網絡文章把第8至30天稱為中度逾期。它說仍未還款時會聯繫緊急聯繫人，但沒有給出日期，所以這裏沒有標註。",
                    "en": "The one web article we found calls days 8–30 moderate. It says emergency contacts are called if the debt stays unpaid, but gives no day, so we have not marked it here.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章D把第8至30天称为中度逾期。它说仍未还款时会联系紧急联系人，但没有给出日期，所以这里没有标注。",
                            "zh_hant": "文章D把第8至30天稱為中度逾期。它說仍未還款時會聯繫緊急聯繫人，但沒有給出日期，所以這裏沒有標註。",
                            "en": "Article D calls days 8–30 moderate. It says emergency contacts are called if the debt stays unpaid, but gives no day, so we have not marked it here.",
                        },
                    ],
                },
            },
            {
                "first_day": 31,
                "last_day": None,
                "contacts_called": False,
                "channels": [],
                "intensity": 3,
                "title": {
                    "zh_hans": "严重逾期",
                    "zh_hant": "嚴重逾期",
                    "en": "Severe",
                },
                "description": {
                    "zh_hans": "我们找到的那篇网络文章把第31天起称为严重逾期，但没有说明这时会发生什么、用什么方式联系。数据很少。",
                    "zh_hant": "我們找到的那篇網絡文章把第31天起稱為嚴重逾期，但沒有說明這時會發生什麼、用什麼方式聯繫。數據很少。",
                    "en": "The one web article we found calls day 31 onwards severe but does not say what happens then or how you would be contacted. The data is thin.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章D把第31天起称为严重逾期，但没有说明这时会发生什么、用什么方式联系。数据很少。",
                            "zh_hant": "文章D把第31天起稱為嚴重逾期，但沒有說明這時會發生什麼、用什麼方式聯繫。數據很少。",
                            "en": "Article D calls day 31 onwards severe but does not say what happens then or how you would be contacted. The data is thin.",
                        },
                    ],
                },
            },
        ],
        "sources": [
            SOURCE_ARTICLE_D,
        ],
        "earlier_texts": {
            "body": [
                {
                    "zh_hans": (
                        "## 我们知道什么\n"
                        "\n"
                        "关于好分期，我们只找到一篇网络文章（文章D，简体中文，2025年1月8日）。它把逾期分为三档：\n"
                        "\n"
                        "- 轻度：第1至7天；\n"
                        "- 中度：第8至30天；\n"
                        "- 严重：第31天起。\n"
                        "\n"
                        "它描述的顺序是：先发短信或电子邮件提醒，然后打电话给本人，如果仍未还款，再联系紧急联系人。\n"
                        "\n"
                        "## 数据很薄\n"
                        "\n"
                        "文章没有说第几天联系紧急联系人，所以我们的时间线里没有任何阶段标注“会联系紧急联系人”。这不表示不会联系，只表示我们不知道。这三档是那篇文章自己的分法，不是法律或监管的分类。其他平台的文章说法从第4天到第30天不等，可参考“一般行业情况”。\n"
                        "\n"
                    ),
                    "zh_hant": (
                        "## 我們知道什麼\n"
                        "\n"
                        "關於好分期，我們只找到一篇網絡文章（文章D，簡體中文，2025年1月8日）。它把逾期分為三檔：\n"
                        "\n"
                        "- 輕度：第1至7天；\n"
                        "- 中度：第8至30天；\n"
                        "- 嚴重：第31天起。\n"
                        "\n"
                        "它描述的順序是：先發短信或電子郵件提醒，然後打電話給本人，如果仍未還款，再聯繫緊急聯繫人。\n"
                        "\n"
                        "## 數據很薄\n"
                        "\n"
                        "文章沒有說第幾天聯繫緊急聯繫人，所以我們的時間線裏沒有任何階段標註“會聯繫緊急聯繫人”。這不表示不會聯繫，只表示我們不知道。這三檔是那篇文章自己的分法，不是法律或監管的分類。其他平臺的文章說法從第4天到第30天不等，可參考“一般行業情況”。\n"
                        "\n"
                    ),
                    "en": (
                        "## What we know\n"
                        "\n"
                        "We found one web article about Haofenqi (article D, Simplified Chinese, 8 January 2025). It sorts overdue accounts into three levels:\n"
                        "\n"
                        "- Mild: days 1–7;\n"
                        "- Moderate: days 8–30;\n"
                        "- Severe: day 31 onwards.\n"
                        "\n"
                        "The order it describes is: first SMS or e-mail reminders, then phone calls to the borrower, and then, if the debt is still unpaid, calls to emergency contacts.\n"
                        "\n"
                        "## The data is thin\n"
                        "\n"
                        "The article gives no day for calling emergency contacts, so no stage in our timeline is marked as one where contacts are called. That does not mean they never are; it means we don't know. The three levels are the article's own grouping, not a legal or regulatory one. Articles about other platforms give anything from day 4 to day 30; see the general industry pattern.\n"
                        "\n"
                    ),
                },
            ],
        },
    },
    {
        "slug": "alipay",
        "kind": "consumer_loan",
        "is_general_profile": False,
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "name": {
            "zh_hans": "支付宝",
            "zh_hant": "支付寶",
            "en": "Alipay",
        },
        "aliases": {
            "zh_hans": ("借呗\n花呗"),
            "zh_hant": ("借唄\n花唄"),
            "en": ("Jiebei\nHuabei"),
        },
        "summary": {
            "zh_hans": "支付宝里的借呗和花呗。一篇网络文章称大约第14天开始给亲友打电话；另一篇说借呗要到第15至30天。天数都是大约。",
            "zh_hant": "支付寶裏的借唄和花唄。一篇網絡文章稱大約第14天開始給親友打電話；另一篇說借唄要到第15至30天。天數都是大約。",
            "en": "Jiebei and Huabei in Alipay. One web article says relatives and friends are called from around day 14; another says days 15–30 for Jiebei. All the days are approximate.",
        },
        "body": (
            {
                "zh_hans": (
                    "## 我们知道什么\n"
                    "\n"
                    "一篇繁体中文网络文章（未注明日期）讲的是支付宝里的借呗和花呗：\n"
                    "\n"
                    "- 一开始：用短信和App内消息提醒；电话没人接，会换其他号码打，或改用自动语音电话；\n"
                    "- 大约第7天：第二轮提醒，例如电子邮件、公众号推送；\n"
                    "- 大约第14天：更强的措施，包括给亲戚朋友打电话。\n"
                    "\n"
                    "## 来源互相矛盾\n"
                    "\n"
                    "另一篇讲借呗的文章（2025年2月7日）说借呗要到第15至30天才联系紧急联系人，另一句又说大约30天。两篇文章都没有出处，可靠性低。那篇未注明日期的文章只说“大约”，我们的时间线以第7天和第14天为分界，只是近似。\n"
                    "\n"
                ),
                "zh_hant": (
                    "## 我們知道什麼\n"
                    "\n"
                    "一篇繁體中文網絡文章（未註明日期）講的是支付寶裏的借唄和花唄：\n"
                    "\n"
                    "- 一開始：用短信和App內消息提醒；電話沒人接，會換其他號碼打，或改用自動語音電話；\n"
                    "- 大約第7天：第二輪提醒，例如電子郵件、公眾號推送；\n"
                    "- 大約第14天：更強的措施，包括給親戚朋友打電話。\n"
                    "\n"
                    "## 來源互相矛盾\n"
                    "\n"
                    "另一篇講借唄的文章（2025年2月7日）說借唄要到第15至30天才聯繫緊急聯繫人，另一句又說大約30天。兩篇文章都沒有出處，可靠性低。那篇未註明日期的文章只說“大約”，我們的時間線以第7天和第14天為分界，只是近似。\n"
                    "\n"
                ),
                "en": (
                    "## What we know\n"
                    "\n"
                    "An undated web article in Traditional Chinese covers Jiebei and Huabei in Alipay:\n"
                    "\n"
                    "- At first: reminders by SMS and in-app messages; unanswered calls lead to calls from other numbers or automated voice calls;\n"
                    "- Around day 7: a second round of reminders, for example by e-mail or official-account push messages;\n"
                    "- Around day 14: stronger action, including calls to relatives and friends.\n"
                    "\n"
                    "## The sources disagree\n"
                    "\n"
                    "Another article, about Jiebei and dated 7 February 2025, says Jiebei contacts are only called on days 15–30, and in another sentence about 30 days. Neither article cites anything, and both are weak. The undated article only says “around”, so our timeline's breaks at day 7 and day 14 are approximate.\n"
                    "\n"
                ),
            }
        ),
        "stages": [
            {
                "first_day": 1,
                "last_day": 6,
                "contacts_called": False,
                "channels": ["sms", "app", "phone", "robocall"],
                "intensity": 1,
                "title": {
                    "zh_hans": "短信和App提醒",
                    "zh_hant": "短信和App提醒",
                    "en": "SMS and in-app reminders",
                },
                "description": {
                    "zh_hans": "那篇未注明日期、讲支付宝的文章称一开始用短信和App内消息提醒；不接电话会换其他号码打，或改用自动语音电话。",
                    "zh_hant": "那篇未註明日期、講支付寶的文章稱一開始用短信和App內消息提醒；不接電話會換其他號碼打，或改用自動語音電話。",
                    "en": "The undated article on Alipay says the first reminders come by SMS and in-app message; unanswered calls lead to calls from other numbers or automated voice calls.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章E称一开始用短信和App内消息提醒；不接电话会换其他号码打，或改用自动语音电话。",
                            "zh_hant": "文章E稱一開始用短信和App內消息提醒；不接電話會換其他號碼打，或改用自動語音電話。",
                            "en": "Article E says the first reminders come by SMS and in-app message; unanswered calls lead to calls from other numbers or automated voice calls.",
                        },
                    ],
                },
            },
            {
                "first_day": 7,
                "last_day": 13,
                "contacts_called": False,
                "channels": ["email", "app"],
                "intensity": 2,
                "title": {
                    "zh_hans": "第二轮提醒（约第7天）",
                    "zh_hant": "第二輪提醒（約第7天）",
                    "en": "Second reminder (around day 7)",
                },
                "description": {
                    "zh_hans": "那篇未注明日期、讲支付宝的文章称大约第7天会有第二轮提醒，例如电子邮件或公众号推送。原文只说“大约”，起止日期是我们的近似。",
                    "zh_hant": "那篇未註明日期、講支付寶的文章稱大約第7天會有第二輪提醒，例如電子郵件或公眾號推送。原文只說“大約”，起止日期是我們的近似。",
                    "en": "The undated article on Alipay says a second reminder comes around day 7, for example by e-mail or an official-account push message. It only says “around”; the start and end days are our approximation.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章E称大约第7天会有第二轮提醒，例如电子邮件或公众号推送。原文只说“大约”，起止日期是我们的近似。",
                            "zh_hant": "文章E稱大約第7天會有第二輪提醒，例如電子郵件或公眾號推送。原文只說“大約”，起止日期是我們的近似。",
                            "en": "Article E says a second reminder comes around day 7, for example by e-mail or an official-account push message. It only says “around”; the start and end days are our approximation.",
                        },
                    ],
                },
            },
            {
                "first_day": 14,
                "last_day": None,
                "contacts_called": True,
                "channels": ["phone"],
                "intensity": 3,
                "title": {
                    "zh_hans": "可能给亲友打电话（约第14天）",
                    "zh_hant": "可能給親友打電話（約第14天）",
                    "en": "Relatives and friends may be called (around day 14)",
                },
                "description": {
                    "zh_hans": "那篇未注明日期、讲支付宝的文章称大约第14天起采取更强措施，包括给亲戚朋友打电话。2025年2月7日那篇讲借呗的文章则说借呗第15至30天（或大约30天）才联系，两者不一致。",
                    "zh_hant": "那篇未註明日期、講支付寶的文章稱大約第14天起採取更強措施，包括給親戚朋友打電話。2025年2月7日那篇講借唄的文章則說借唄第15至30天（或大約30天）才聯繫，兩者不一致。",
                    "en": "The undated article on Alipay says stronger action begins around day 14, including calls to relatives and friends. The 7 February 2025 article on Jiebei says Jiebei contacts are called on days 15–30 (or after about 30 days), so the two disagree.",
                },
                "earlier_texts": {
                    "description": [
                        {
                            "zh_hans": "文章E称大约第14天起采取更强措施，包括给亲戚朋友打电话。文章C则说借呗第15至30天（或大约30天）才联系，两者不一致。",
                            "zh_hant": "文章E稱大約第14天起採取更強措施，包括給親戚朋友打電話。文章C則說借唄第15至30天（或大約30天）才聯繫，兩者不一致。",
                            "en": "Article E says stronger action begins around day 14, including calls to relatives and friends. Article C says Jiebei contacts are called on days 15–30 (or after about 30 days), so the two disagree.",
                        },
                    ],
                },
            },
        ],
        "sources": [
            SOURCE_ARTICLE_E,
            SOURCE_ARTICLE_C,
        ],
        "earlier_texts": {
            "body": [
                {
                    "zh_hans": (
                        "## 我们知道什么\n"
                        "\n"
                        "文章E（繁体中文，未注明日期）讲的是支付宝里的借呗和花呗：\n"
                        "\n"
                        "- 一开始：用短信和App内消息提醒；电话没人接，会换其他号码打，或改用自动语音电话；\n"
                        "- 大约第7天：第二轮提醒，例如电子邮件、公众号推送；\n"
                        "- 大约第14天：更强的措施，包括给亲戚朋友打电话。\n"
                        "\n"
                        "## 来源互相矛盾\n"
                        "\n"
                        "文章C（2025年2月7日）说借呗要到第15至30天才联系紧急联系人，另一句又说大约30天。两篇文章都没有出处，可靠性低。文章E只说“大约”，我们的时间线以第7天和第14天为分界，只是近似。\n"
                        "\n"
                    ),
                    "zh_hant": (
                        "## 我們知道什麼\n"
                        "\n"
                        "文章E（繁體中文，未註明日期）講的是支付寶裏的借唄和花唄：\n"
                        "\n"
                        "- 一開始：用短信和App內消息提醒；電話沒人接，會換其他號碼打，或改用自動語音電話；\n"
                        "- 大約第7天：第二輪提醒，例如電子郵件、公眾號推送；\n"
                        "- 大約第14天：更強的措施，包括給親戚朋友打電話。\n"
                        "\n"
                        "## 來源互相矛盾\n"
                        "\n"
                        "文章C（2025年2月7日）說借唄要到第15至30天才聯繫緊急聯繫人，另一句又說大約30天。兩篇文章都沒有出處，可靠性低。文章E只說“大約”，我們的時間線以第7天和第14天為分界，只是近似。\n"
                        "\n"
                    ),
                    "en": (
                        "## What we know\n"
                        "\n"
                        "Article E (Traditional Chinese, undated) covers Jiebei and Huabei in Alipay:\n"
                        "\n"
                        "- At first: reminders by SMS and in-app messages; unanswered calls lead to calls from other numbers or automated voice calls;\n"
                        "- Around day 7: a second round of reminders, for example by e-mail or official-account push messages;\n"
                        "- Around day 14: stronger action, including calls to relatives and friends.\n"
                        "\n"
                        "## The sources disagree\n"
                        "\n"
                        "Article C (7 February 2025) says Jiebei contacts are only called on days 15–30, and in another sentence about 30 days. Neither article cites anything, and both are weak. Article E only says “around”, so our timeline's breaks at day 7 and day 14 are approximate.\n"
                        "\n"
                    ),
                },
            ],
        },
    },
    {
        "slug": "general",
        "kind": "other",
        "is_general_profile": True,
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "name": {
            "zh_hans": "一般行业情况",
            "zh_hant": "一般行業情況",
            "en": "General industry pattern",
        },
        "summary": {
            "zh_hans": "你的平台不在列表里时的粗略参考：综合五篇低可靠性文章的共同点。联系紧急联系人的时间从第4天到第30天不等。",
            "zh_hant": "你的平臺不在列表裏時的粗略參考：綜合五篇低可靠性文章的共同點。聯繫緊急聯繫人的時間從第4天到第30天不等。",
            "en": "A rough guide for platforms we don't list, built from what five weak web articles have in common. They put the first calls to emergency contacts anywhere from day 4 to day 30.",
        },
        "body": (
            {
                "zh_hans": (
                    "## 这是什么\n"
                    "\n"
                    "这不是某个平台的规定，而是我们从五篇网络文章里归纳的共同点。这些文章都没有出处，可靠性低，彼此矛盾。\n"
                    "\n"
                    "## 几篇文章的共同点\n"
                    "\n"
                    "- 逾期最初几天：短信、电话、App消息提醒借款人本人；\n"
                    "- 之后某个时候开始联系紧急联系人：智汇星的文章说第4至7天，星图金融·任性贷的说第7至14天，支付宝的说大约第14天，借呗的说第15至30天，好分期的没有给出日期；\n"
                    "- 一个月以后：可能转交外部催收机构、出现征信逾期记录，甚至被起诉。\n"
                    "\n"
                    "## 怎么用\n"
                    "\n"
                    "天数只能作粗略参考。真正有用的是规则：联系得上你，催收方就不应去找你的联系人。\n"
                    "\n"
                ),
                "zh_hant": (
                    "## 這是什麼\n"
                    "\n"
                    "這不是某個平臺的規定，而是我們從五篇網絡文章裏歸納的共同點。這些文章都沒有出處，可靠性低，彼此矛盾。\n"
                    "\n"
                    "## 幾篇文章的共同點\n"
                    "\n"
                    "- 逾期最初幾天：短信、電話、App消息提醒借款人本人；\n"
                    "- 之後某個時候開始聯繫緊急聯繫人：智匯星的文章說第4至7天，星圖金融·任性貸的說第7至14天，支付寶的說大約第14天，借唄的說第15至30天，好分期的沒有給出日期；\n"
                    "- 一個月以後：可能轉交外部催收機構、出現徵信逾期記錄，甚至被起訴。\n"
                    "\n"
                    "## 怎麼用\n"
                    "\n"
                    "天數只能作粗略參考。真正有用的是規則：聯繫得上你，催收方就不應去找你的聯繫人。\n"
                    "\n"
                ),
                "en": (
                    "## What this is\n"
                    "\n"
                    "This is not any platform's policy. It is what five web articles have in common. None of them cites a source, their reliability is low, and they contradict each other.\n"
                    "\n"
                    "## What the articles share\n"
                    "\n"
                    "- The first days: reminders to the borrower by SMS, phone and in-app message;\n"
                    "- Then, at some point, calls to emergency contacts: days 4–7 in the Zhihuixing article, days 7–14 for Xingtu Finance · Renxingdai, around day 14 for Alipay, days 15–30 for Jiebei, and no day at all for Haofenqi;\n"
                    "- After about a month: an outside collection agency may take over, an overdue entry may appear on the credit report, and a lawsuit is possible.\n"
                    "\n"
                    "## How to use it\n"
                    "\n"
                    "Treat the days as a rough guide only. What really helps is the rule: as long as you can be reached, collectors should not turn to your contacts.\n"
                    "\n"
                ),
            }
        ),
        "stages": [
            {
                "first_day": 1,
                "last_day": 3,
                "contacts_called": False,
                "channels": ["sms", "phone", "app"],
                "intensity": 1,
                "title": {
                    "zh_hans": "提醒本人",
                    "zh_hant": "提醒本人",
                    "en": "Reminders to you",
                },
                "description": {
                    "zh_hans": "所有文章都说最初几天只提醒借款人本人。没有一篇说第4天之前会联系紧急联系人。",
                    "zh_hant": "所有文章都說最初幾天只提醒借款人本人。沒有一篇說第4天之前會聯繫緊急聯繫人。",
                    "en": "All the articles say the first days bring reminders to the borrower only. None says emergency contacts are called before day 4.",
                },
            },
            {
                "first_day": 4,
                "last_day": 30,
                "contacts_called": True,
                "channels": ["phone", "sms", "robocall"],
                "intensity": 2,
                "title": {
                    "zh_hans": "可能开始联系紧急联系人（第4至30天）",
                    "zh_hant": "可能開始聯繫緊急聯繫人（第4至30天）",
                    "en": "Contacts may start to be called (days 4–30)",
                },
                "description": {
                    "zh_hans": "各文章给出的时间从第4天到第30天不等，彼此矛盾，都没有出处。按规则，只有联系不上你时才应联系紧急联系人。",
                    "zh_hant": "各文章給出的時間從第4天到第30天不等，彼此矛盾，都沒有出處。按規則，只有聯繫不上你時才應聯繫緊急聯繫人。",
                    "en": "The articles put this anywhere from day 4 to day 30; they contradict each other and cite nothing. Under the rules, contacts should only be called if you cannot be reached.",
                },
            },
            {
                "first_day": 31,
                "last_day": None,
                "contacts_called": True,
                "channels": ["phone", "agency", "credit_report", "lawsuit"],
                "intensity": 3,
                "title": {
                    "zh_hans": "外部机构、征信、可能起诉",
                    "zh_hant": "外部機構、徵信、可能起訴",
                    "en": "Outside agencies, credit report, possible lawsuit",
                },
                "description": {
                    "zh_hans": "几篇文章说一个月以后可能转交外部催收机构、在征信上留下逾期记录，也可能被起诉。何时上报征信并没有全国统一的天数。",
                    "zh_hant": "幾篇文章說一個月以後可能轉交外部催收機構、在徵信上留下逾期記錄，也可能被起訴。何時上報徵信並沒有全國統一的天數。",
                    "en": "Several articles say that after about a month an outside agency may take over, an overdue entry may go on the credit report, and a lawsuit is possible. There is no national rule on the day a debt is reported.",
                },
            },
        ],
        "sources": [
            SOURCE_ARTICLE_A,
            SOURCE_ARTICLE_B,
            SOURCE_ARTICLE_C,
            SOURCE_ARTICLE_D,
            SOURCE_ARTICLE_E,
        ],
    },
]

# Platform pages show the rules panel beside every timeline, so a body no longer repeats the rules. The bodies shipped
# before that were the oldest ones declared (or, for a body that has not changed since, the current one) followed by
# RULES_SECTION; load_demo_content replaces such a body when nobody has edited it since.
for _spec in PLATFORMS:
    _bodies = _spec.setdefault("earlier_texts", {}).setdefault("body", [])
    _bodies.append(with_rules(_bodies[-1] if _bodies else _spec["body"]))
