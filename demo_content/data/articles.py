"""Demo categories and articles with their FAQ entries.

Every text is a dict with the keys zh_hans, zh_hant and en. Facts are restated from the project's research notes;
platform figures come from weak, unsourced web articles and say so. The loader is
demo_content/management/commands/load_demo_content.py.
"""

import datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

# FAQ entries that several articles share, written once.
QUESTION_CONTACT_NEED_NOT_REPAY = {
    "answer": {
        "en": "No. An emergency contact is not a guarantor. Under Article 465 of the Civil Code a contract binds only the people who signed it, and a guarantee needs a written guarantee contract or undertaking (Articles 681 and 685).",
        "zh_hans": "不需要。紧急联系人不是担保人。按《民法典》第465条，合同只约束签约的当事人；做担保需要书面的保证合同或承诺（第681、685条）。",
        "zh_hant": "不需要。緊急聯繫人不是擔保人。按《民法典》第465條，合同只約束簽約的當事人；做擔保需要書面的保證合同或承諾（第681、685條）。",
    },
    "question": {
        "en": "If my emergency contact gets a call, do they have to repay for me?",
        "zh_hans": "紧急联系人接到电话后，要替我还钱吗？",
        "zh_hant": "緊急聯繫人接到電話後，要替我還錢嗎？",
    },
}

QUESTION_CALLS_TOO_MANY_OR_TOO_LATE = {
    "answer": {
        "en": "Write down the time, number and content of each call and complain to the platform first. If the lender is a bank, a consumer-finance company or a micro-lending company, you can call 12378; harassing calls can be reported to 12321; if you are threatened, call the police on 110.",
        "zh_hans": "记下每次来电的时间、号码和内容，先向平台投诉。放款方是银行、消费金融公司或小额贷款公司的，可以拨打12378；骚扰电话可以向12321举报；受到威胁请报警（110）。",
        "zh_hant": "記下每次來電的時間、號碼和內容，先向平臺投訴。放款方是銀行、消費金融公司或小額貸款公司的，可以撥打12378；騷擾電話可以向12321舉報；受到威脅請報警（110）。",
    },
    "question": {
        "en": "What if the calls are too many or too late?",
        "zh_hans": "电话太多、太晚，怎么办？",
        "zh_hant": "電話太多、太晚，怎麼辦？",
    },
}


CATEGORIES = [
    {
        "slug": "platform-timelines",
        "order": 1,
        "name": {
            "zh_hans": "平台逾期",
            "zh_hant": "平臺逾期",
            "en": "Platform timelines",
        },
        "description": {
            "zh_hans": "各平台逾期后多久联系紧急联系人：网上的说法、来源有多可靠，以及规则怎么规定。",
            "zh_hant": "各平臺逾期後多久聯繫緊急聯繫人：網上的說法、來源有多可靠，以及規則怎麼規定。",
            "en": "When each platform calls emergency contacts after a missed payment: what the web says, how reliable it is, and what the rules say.",
        },
    },
    {
        "slug": "rights",
        "order": 2,
        "name": {
            "zh_hans": "权益保护",
            "zh_hant": "權益保護",
            "en": "Your rights",
        },
        "description": {
            "zh_hans": "催收可以做什么、不可以做什么，紧急联系人的权利，以及去哪里投诉。",
            "zh_hant": "催收可以做什麼、不可以做什麼，緊急聯繫人的權利，以及去哪裏投訴。",
            "en": "What collectors may and may not do, what emergency contacts can do, and where to complain.",
        },
    },
    {
        "slug": "credit-report",
        "order": 3,
        "name": {
            "zh_hans": "征信",
            "zh_hant": "徵信",
            "en": "Credit report",
        },
        "description": {
            "zh_hans": "逾期记录什么时候上征信、保留多久、有错怎么办。",
            "zh_hant": "逾期記錄什麼時候上徵信、保留多久、有錯怎麼辦。",
            "en": "When an overdue loan reaches the credit report, how long it stays, and how to fix mistakes.",
        },
    },
    {
        "slug": "dealing-with-debt",
        "order": 4,
        "name": {
            "zh_hans": "债务处理",
            "zh_hant": "債務處理",
            "en": "Dealing with debt",
        },
        "description": {
            "zh_hans": "逾期后怎么和平台沟通、协商延期或分期，以及怎样保护家人朋友。",
            "zh_hant": "逾期後怎麼和平臺溝通、協商延期或分期，以及怎樣保護家人朋友。",
            "en": "How to talk to the lender after a missed payment, ask for more time or instalments, and protect your family and friends.",
        },
    },
]

ARTICLES = [
    {
        "slug": "zhihuixing-emergency-contacts",
        "kind": "faq",
        "category": "platform-timelines",
        "platforms": ["zhihuixing"],
        "published_at": datetime.datetime(2026, 11, 1, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "智汇星逾期多久会联系紧急联系人？",
            "zh_hant": "智匯星逾期多久會聯繫緊急聯繫人？",
            "en": "How long after going overdue on Zhihuixing will my emergency contacts be called?",
        },
        "intro": {
            "zh_hans": "小编导语：智汇星的钱没按时还上，很多人最怕的是家人朋友接到电话。下面把网上的说法、它有多靠谱、以及规则怎么规定，一次讲清楚。",
            "zh_hant": "小編導語：智匯星的錢沒按時還上，很多人最怕的是家人朋友接到電話。下面把網上的說法、它有多靠譜、以及規則怎麼規定，一次講清楚。",
            "en": "Editor's introduction: if you have missed a Zhihuixing payment, you are probably most worried about your family and friends getting calls. Here is what the web says, how much to trust it, and what the rules say.",
        },
        "body": {
            "zh_hans": (
                "## 网上的说法\n"
                "\n"
                "关于智汇星，我们只找到一篇网络文章（繁体中文，未注明日期）。它把逾期后的催收分成三段：\n"
                "\n"
                "- **第1至3天**：用短信或电话提醒你本人；\n"
                "- **第4至7天**：开始给紧急联系人打电话，询问你的还款情况；\n"
                "- **第8天以后**：打给联系人的次数增多，催收更强硬。\n"
                "\n"
                "按这篇文章，最早第4天、最晚第7天，你的联系人可能会接到电话。\n"
                "\n"
                "## 这个说法有多可靠\n"
                "\n"
                "- 只有这一个来源，无法和其他资料核对；\n"
                "- 文章没有出处，是为搜索排名写的内容，可靠性低；\n"
                "- 实际情况可能取决于欠款金额、你是否接电话，以及是否转交外包机构。\n"
                "\n"
                "请把这些天数当作粗略参考，而不是平台的承诺。\n"
                "\n"
                "## 规则怎么说\n"
                "\n"
                "- 推荐性国家标准GB/T 45251—2025要求催收只针对借款人本人。只有联系不上你时，才可以联系紧急联系人，而且只能用来恢复联系或转告信息，不得告诉他们你的欠款情况；\n"
                "- 联系人拒绝或要求不再联系后，不应再被联系；\n"
                "- 除非另有约定，晚上22点到早上8点不应催收；\n"
                "- 紧急联系人不是担保人，不需要替你还钱。\n"
                "\n"
                "## 你现在可以做什么\n"
                "\n"
                "- 主动联系平台的官方客服，说明情况，商量还款安排；\n"
                "- 接电话、回消息，让平台联系得上你，这本身就减少了打给联系人的理由；\n"
                "- 提前告诉你的联系人可能会接到电话，并告诉他们不需要替你还钱。"
            ),
            "zh_hant": (
                "## 網上的說法\n"
                "\n"
                "關於智匯星，我們只找到一篇網絡文章（繁體中文，未註明日期）。它把逾期後的催收分成三段：\n"
                "\n"
                "- **第1至3天**：用短信或電話提醒你本人；\n"
                "- **第4至7天**：開始給緊急聯繫人打電話，詢問你的還款情況；\n"
                "- **第8天以後**：打給聯繫人的次數增多，催收更強硬。\n"
                "\n"
                "按這篇文章，最早第4天、最晚第7天，你的聯繫人可能會接到電話。\n"
                "\n"
                "## 這個說法有多可靠\n"
                "\n"
                "- 只有這一個來源，無法和其他資料核對；\n"
                "- 文章沒有出處，是為搜索排名寫的內容，可靠性低；\n"
                "- 實際情況可能取決於欠款金額、你是否接電話，以及是否轉交外包機構。\n"
                "\n"
                "請把這些天數當作粗略參考，而不是平臺的承諾。\n"
                "\n"
                "## 規則怎麼說\n"
                "\n"
                "- 推薦性國家標準GB/T 45251—2025要求催收只針對借款人本人。只有聯繫不上你時，才可以聯繫緊急聯繫人，而且只能用來恢復聯繫或轉告信息，不得告訴他們你的欠款情況；\n"
                "- 聯繫人拒絕或要求不再聯繫後，不應再被聯繫；\n"
                "- 除非另有約定，晚上22點到早上8點不應催收；\n"
                "- 緊急聯繫人不是擔保人，不需要替你還錢。\n"
                "\n"
                "## 你現在可以做什麼\n"
                "\n"
                "- 主動聯繫平臺的官方客服，說明情況，商量還款安排；\n"
                "- 接電話、回消息，讓平臺聯繫得上你，這本身就減少了打給聯繫人的理由；\n"
                "- 提前告訴你的聯繫人可能會接到電話，並告訴他們不需要替你還錢。"
            ),
            "en": (
                "## What the web says\n"
                "\n"
                "We found only one web article about Zhihuixing (Traditional Chinese, undated). It splits collection after a missed payment into three stages:\n"
                "\n"
                "- **Days 1–3**: reminders to you by SMS or phone;\n"
                "- **Days 4–7**: your emergency contacts start to be called and asked whether you are repaying;\n"
                "- **Day 8 onwards**: contacts are called more often and collection gets harsher.\n"
                "\n"
                "On this account, your contacts could get a call on day 4 at the earliest and day 7 at the latest.\n"
                "\n"
                "## How reliable is this?\n"
                "\n"
                "- It is the only source, so there is nothing to check it against;\n"
                "- It cites nothing and was written to rank in search results, so its reliability is low;\n"
                "- What really happens may depend on how much you owe, whether you answer your phone, and whether the debt goes to an outside agency.\n"
                "\n"
                "Treat these days as a rough guide, not a promise from the platform.\n"
                "\n"
                "## What the rules say\n"
                "\n"
                "- The recommended national standard GB/T 45251—2025 says collection should be aimed at the borrower alone. Emergency contacts may be reached only when you cannot be, and only to restore contact or pass on a message; they must not be told about your debt;\n"
                "- A contact who refuses or asks not to be called again should not be contacted again;\n"
                "- Unless agreed otherwise, there should be no collection between 22:00 and 08:00;\n"
                "- An emergency contact is not a guarantor and does not have to repay for you.\n"
                "\n"
                "## What you can do now\n"
                "\n"
                "- Contact the platform's official customer service yourself, explain your situation and discuss a repayment plan;\n"
                "- Answer calls and reply to messages so the platform can reach you; that alone removes the reason to call your contacts;\n"
                "- Warn your contacts that they may be called, and tell them they do not have to repay for you."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：关于智汇星只有一篇低可靠性的文章，说第4至7天开始联系紧急联系人。规则要求先找你本人，所以保持联系、尽早沟通最有用。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：關於智匯星只有一篇低可靠性的文章，說第4至7天開始聯繫緊急聯繫人。規則要求先找你本人，所以保持聯繫、儘早溝通最有用。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: a single weak article says Zhihuixing starts calling emergency contacts on days 4–7. The rules say collectors must come to you first, so staying reachable and talking early helps most. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "智汇星逾期第3天，会打给我的家人吗？",
                    "zh_hant": "智匯星逾期第3天，會打給我的家人嗎？",
                    "en": "I'm 3 days overdue on Zhihuixing. Will they call my family?",
                },
                "answer": {
                    "zh_hans": "按那篇文章，前3天只提醒你本人，第4至7天才开始联系紧急联系人。但这是单一、低可靠性的来源，不能保证。只要你接电话、联系得上，按规则就不应去找你的联系人。",
                    "zh_hant": "按那篇文章，前3天只提醒你本人，第4至7天才開始聯繫緊急聯繫人。但這是單一、低可靠性的來源，不能保證。只要你接電話、聯繫得上，按規則就不應去找你的聯繫人。",
                    "en": "According to that article, the first three days bring reminders to you only, and contacts are called from days 4–7. It is one weak source, so nothing is guaranteed. As long as you answer and can be reached, the rules say your contacts should not be called.",
                },
            },
            {**QUESTION_CONTACT_NEED_NOT_REPAY, "order": 1},
            {**QUESTION_CALLS_TOO_MANY_OR_TOO_LATE, "order": 2},
        ],
    },
    {
        "slug": "xingtu-renxingdai-emergency-contacts",
        "kind": "faq",
        "category": "platform-timelines",
        "platforms": ["xingtu-renxingdai"],
        "published_at": datetime.datetime(2026, 11, 2, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "星图金融·任性贷逾期多久会联系紧急联系人？",
            "zh_hant": "星圖金融·任性貸逾期多久會聯繫緊急聯繫人？",
            "en": "How long after going overdue on Xingtu Finance · Renxingdai will my emergency contacts be called?",
        },
        "intro": {
            "zh_hans": "小编导语：任性贷逾期了，联系人什么时候会接到电话？网上有一种说法是第7至14天。我们来看看这个说法从哪来、靠不靠得住。",
            "zh_hant": "小編導語：任性貸逾期了，聯繫人什麼時候會接到電話？網上有一種說法是第7至14天。我們來看看這個說法從哪來、靠不靠得住。",
            "en": "Editor's introduction: you are overdue on Renxingdai — when will your contacts be called? One web article says days 7–14. Here is where that comes from and whether it holds up.",
        },
        "body": {
            "zh_hans": (
                "## 网上的说法\n"
                "\n"
                "关于星图金融·任性贷（也写作“星图金融任性贷”或“任性贷”），我们找到一篇简体中文网络文章，未注明日期。它的描述是：\n"
                "\n"
                "- **第1至6天**：短信和电话提醒你本人，一般很少联系紧急联系人；\n"
                "- **第7至14天**：开始联系紧急联系人；\n"
                "- **第15至30天**：频繁打给联系人，还有自动语音电话、短信和人工催收；\n"
                "- **第31天以后**：征信上的逾期记录影响最大，也可能被起诉。\n"
                "\n"
                "文章还说：金额小、逾期时间短，可能暂时不联系联系人；金额大或逾期超过14天，联系人就会被卷进来。\n"
                "\n"
                "## 这个说法有多可靠\n"
                "\n"
                "- 单一来源，没有出处，可靠性低；\n"
                "- 网页上的天数丢了分隔符（例如“714天”），是我们按上下文读成第7至14天的；\n"
                "- 关于自动语音电话：按GB/T 45251—2025，AI等交互式语音催收每天与同一借款人有效接通不应超过3次。\n"
                "\n"
                "## 规则怎么说\n"
                "\n"
                "- 推荐性国家标准GB/T 45251—2025要求催收只针对借款人本人。只有联系不上你时，才可以联系紧急联系人，而且只能用来恢复联系或转告信息，不得告诉他们你的欠款情况；\n"
                "- 联系人拒绝或要求不再联系后，不应再被联系；\n"
                "- 除非另有约定，晚上22点到早上8点不应催收；\n"
                "- 紧急联系人不是担保人，不需要替你还钱。\n"
                "\n"
                "## 你现在可以做什么\n"
                "\n"
                "- 主动联系平台的官方客服，说明情况，商量还款安排；\n"
                "- 接电话、回消息，让平台联系得上你，这本身就减少了打给联系人的理由；\n"
                "- 提前告诉你的联系人可能会接到电话，并告诉他们不需要替你还钱。"
            ),
            "zh_hant": (
                "## 網上的說法\n"
                "\n"
                "關於星圖金融·任性貸（也寫作“星圖金融任性貸”或“任性貸”），我們找到一篇簡體中文網絡文章，未註明日期。它的描述是：\n"
                "\n"
                "- **第1至6天**：短信和電話提醒你本人，一般很少聯繫緊急聯繫人；\n"
                "- **第7至14天**：開始聯繫緊急聯繫人；\n"
                "- **第15至30天**：頻繁打給聯繫人，還有自動語音電話、短信和人工催收；\n"
                "- **第31天以後**：徵信上的逾期記錄影響最大，也可能被起訴。\n"
                "\n"
                "文章還說：金額小、逾期時間短，可能暫時不聯繫聯繫人；金額大或逾期超過14天，聯繫人就會被捲進來。\n"
                "\n"
                "## 這個說法有多可靠\n"
                "\n"
                "- 單一來源，沒有出處，可靠性低；\n"
                "- 網頁上的天數丟了分隔符（例如“714天”），是我們按上下文讀成第7至14天的；\n"
                "- 關於自動語音電話：按GB/T 45251—2025，AI等交互式語音催收每天與同一借款人有效接通不應超過3次。\n"
                "\n"
                "## 規則怎麼說\n"
                "\n"
                "- 推薦性國家標準GB/T 45251—2025要求催收只針對借款人本人。只有聯繫不上你時，才可以聯繫緊急聯繫人，而且只能用來恢復聯繫或轉告信息，不得告訴他們你的欠款情況；\n"
                "- 聯繫人拒絕或要求不再聯繫後，不應再被聯繫；\n"
                "- 除非另有約定，晚上22點到早上8點不應催收；\n"
                "- 緊急聯繫人不是擔保人，不需要替你還錢。\n"
                "\n"
                "## 你現在可以做什麼\n"
                "\n"
                "- 主動聯繫平臺的官方客服，說明情況，商量還款安排；\n"
                "- 接電話、回消息，讓平臺聯繫得上你，這本身就減少了打給聯繫人的理由；\n"
                "- 提前告訴你的聯繫人可能會接到電話，並告訴他們不需要替你還錢。"
            ),
            "en": (
                "## What the web says\n"
                "\n"
                "For Xingtu Finance · Renxingdai (also written 星图金融任性贷 or 任性贷) we found one article in Simplified Chinese, undated. It describes:\n"
                "\n"
                "- **Days 1–6**: SMS and phone reminders to you; contacts are rarely called;\n"
                "- **Days 7–14**: emergency contacts start to be called;\n"
                "- **Days 15–30**: frequent calls to contacts, plus automated voice calls, SMS and human collectors;\n"
                "- **Day 31 onwards**: the overdue entry on your credit report matters most, and you may be sued.\n"
                "\n"
                "It adds that small amounts and short delays may keep contacts out of it for now, while large amounts or more than 14 days overdue will bring them in.\n"
                "\n"
                "## How reliable is this?\n"
                "\n"
                "- One source, no references, low reliability;\n"
                "- The day ranges on the page had lost their separators (for example “714天”); we read them as days 7–14 from the context;\n"
                "- On automated calls: under GB/T 45251—2025, interactive voice collection (AI included) should reach the same borrower at most 3 times a day.\n"
                "\n"
                "## What the rules say\n"
                "\n"
                "- The recommended national standard GB/T 45251—2025 says collection should be aimed at the borrower alone. Emergency contacts may be reached only when you cannot be, and only to restore contact or pass on a message; they must not be told about your debt;\n"
                "- A contact who refuses or asks not to be called again should not be contacted again;\n"
                "- Unless agreed otherwise, there should be no collection between 22:00 and 08:00;\n"
                "- An emergency contact is not a guarantor and does not have to repay for you.\n"
                "\n"
                "## What you can do now\n"
                "\n"
                "- Contact the platform's official customer service yourself, explain your situation and discuss a repayment plan;\n"
                "- Answer calls and reply to messages so the platform can reach you; that alone removes the reason to call your contacts;\n"
                "- Warn your contacts that they may be called, and tell them they do not have to repay for you."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：一篇低可靠性的文章说任性贷大约第7天、最晚第14天联系紧急联系人。天数只作参考；按规则，联系得上你，就不应找你的联系人。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：一篇低可靠性的文章說任性貸大約第7天、最晚第14天聯繫緊急聯繫人。天數只作參考；按規則，聯繫得上你，就不應找你的聯繫人。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: one weak article says Renxingdai calls emergency contacts from about day 7, and by day 14 at the latest. Use the days as a rough guide; under the rules, if you can be reached, your contacts should be left alone. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "任性贷逾期10天了，联系人会接到电话吗？",
                    "zh_hant": "任性貸逾期10天了，聯繫人會接到電話嗎？",
                    "en": "I'm 10 days overdue on Renxingdai. Will my contacts be called?",
                },
                "answer": {
                    "zh_hans": "按那篇文章，第7至14天开始联系紧急联系人，所以有可能。但它只是单一、低可靠性的来源。按规则，只有联系不上你时才应联系他们，所以最好马上和平台联系。",
                    "zh_hant": "按那篇文章，第7至14天開始聯繫緊急聯繫人，所以有可能。但它只是單一、低可靠性的來源。按規則，只有聯繫不上你時才應聯繫他們，所以最好馬上和平臺聯繫。",
                    "en": "According to that article, contacts are called from days 7–14, so it is possible. But it is a single, weak source. Under the rules, contacts should only be called if you cannot be reached, so the best step is to get in touch with the platform now.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "逾期一个月会被起诉吗？",
                    "zh_hant": "逾期一個月會被起訴嗎？",
                    "en": "Will I be sued after a month?",
                },
                "answer": {
                    "zh_hans": "那篇文章说第31天以后有可能，但没有给出依据。是否起诉由放款方决定，判决由法院作出。平台自己不能把你列入“失信名单”，失信被执行人名单只有法院才能决定。",
                    "zh_hant": "那篇文章說第31天以後有可能，但沒有給出依據。是否起訴由放款方決定，判決由法院作出。平臺自己不能把你列入“失信名單”，失信被執行人名單只有法院才能決定。",
                    "en": "The article says it is possible from day 31 but gives no basis. Whether to sue is the lender's decision, and only a court can rule. The platform itself cannot put you on a “blacklist”: only a court decides who is listed as a defaulting judgment debtor (失信被执行人).",
                },
            },
            {**QUESTION_CONTACT_NEED_NOT_REPAY, "order": 2},
        ],
    },
    {
        "slug": "ant-jiebei-emergency-contacts",
        "kind": "faq",
        "category": "platform-timelines",
        "platforms": ["ant-jiebei", "alipay"],
        "published_at": datetime.datetime(2026, 11, 3, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "蚂蚁借呗逾期多久会联系紧急联系人？",
            "zh_hant": "螞蟻借唄逾期多久會聯繫緊急聯繫人？",
            "en": "How long after going overdue on Ant Jiebei will my emergency contacts be called?",
        },
        "intro": {
            "zh_hans": "小编导语：借呗逾期后多久打给联系人？网上的答案从大约第14天到第30天都有，连同一篇文章都前后不一。我们把几种说法摆在一起，再看规则。",
            "zh_hant": "小編導語：借唄逾期後多久打給聯繫人？網上的答案從大約第14天到第30天都有，連同一篇文章都前後不一。我們把幾種說法擺在一起，再看規則。",
            "en": "Editor's introduction: how long before Jiebei calls your contacts? Answers on the web range from around day 14 to day 30, and one article even contradicts itself. We put the claims side by side, then look at the rules.",
        },
        "body": {
            "zh_hans": (
                "## 两篇文章，两种说法\n"
                "\n"
                "- **一篇2025年2月7日的简体中文文章**：第1至15天反复用短信和电话提醒本人；第15至30天告知紧急联系人，请他们帮忙联系你；第31天以后催收电话增多，可能转交外部催收机构。可同一篇文章另一句又说“大约30天”。\n"
                "- **一篇未注明日期的繁体中文文章**（讲支付宝的借呗和花呗）：大约第14天开始采取更强的措施，包括给亲友打电话。\n"
                "\n"
                "此外，其他网页还有“7至30天”“一个月以后”等说法。\n"
                "\n"
                "## 我们怎么展示\n"
                "\n"
                "时间线按2025年2月7日那篇文章分为第1至14天、第15至30天、第31天起。原文两段都包含第15天，我们把第15天放在第二段。结论是：联系人可能在第14天前后到第30天之间接到电话，但来源互相矛盾，都没有出处，可靠性低。\n"
                "\n"
                "## 规则怎么说\n"
                "\n"
                "- 推荐性国家标准GB/T 45251—2025要求催收只针对借款人本人。只有联系不上你时，才可以联系紧急联系人，而且只能用来恢复联系或转告信息，不得告诉他们你的欠款情况；\n"
                "- 联系人拒绝或要求不再联系后，不应再被联系；\n"
                "- 除非另有约定，晚上22点到早上8点不应催收；\n"
                "- 紧急联系人不是担保人，不需要替你还钱。\n"
                "\n"
                "## 你现在可以做什么\n"
                "\n"
                "- 主动联系平台的官方客服，说明情况，商量还款安排；\n"
                "- 接电话、回消息，让平台联系得上你，这本身就减少了打给联系人的理由；\n"
                "- 提前告诉你的联系人可能会接到电话，并告诉他们不需要替你还钱。"
            ),
            "zh_hant": (
                "## 兩篇文章，兩種說法\n"
                "\n"
                "- **一篇2025年2月7日的簡體中文文章**：第1至15天反覆用短信和電話提醒本人；第15至30天告知緊急聯繫人，請他們幫忙聯繫你；第31天以後催收電話增多，可能轉交外部催收機構。可同一篇文章另一句又說“大約30天”。\n"
                "- **一篇未註明日期的繁體中文文章**（講支付寶的借唄和花唄）：大約第14天開始採取更強的措施，包括給親友打電話。\n"
                "\n"
                "此外，其他網頁還有“7至30天”“一個月以後”等說法。\n"
                "\n"
                "## 我們怎麼展示\n"
                "\n"
                "時間線按2025年2月7日那篇文章分為第1至14天、第15至30天、第31天起。原文兩段都包含第15天，我們把第15天放在第二段。結論是：聯繫人可能在第14天前後到第30天之間接到電話，但來源互相矛盾，都沒有出處，可靠性低。\n"
                "\n"
                "## 規則怎麼說\n"
                "\n"
                "- 推薦性國家標準GB/T 45251—2025要求催收只針對借款人本人。只有聯繫不上你時，才可以聯繫緊急聯繫人，而且只能用來恢復聯繫或轉告信息，不得告訴他們你的欠款情況；\n"
                "- 聯繫人拒絕或要求不再聯繫後，不應再被聯繫；\n"
                "- 除非另有約定，晚上22點到早上8點不應催收；\n"
                "- 緊急聯繫人不是擔保人，不需要替你還錢。\n"
                "\n"
                "## 你現在可以做什麼\n"
                "\n"
                "- 主動聯繫平臺的官方客服，說明情況，商量還款安排；\n"
                "- 接電話、回消息，讓平臺聯繫得上你，這本身就減少了打給聯繫人的理由；\n"
                "- 提前告訴你的聯繫人可能會接到電話，並告訴他們不需要替你還錢。"
            ),
            "en": (
                "## Two articles, two answers\n"
                "\n"
                "- **A Simplified-Chinese article dated 7 February 2025**: days 1–15 bring repeated SMS and phone reminders to you; on days 15–30 your emergency contacts are told and asked to help reach you; from day 31 there are more collection calls and an outside agency may take over. Yet another sentence in the same article says “about 30 days”.\n"
                "- **An undated Traditional-Chinese article** (about Jiebei and Huabei in Alipay): stronger action starts around day 14, including calls to relatives and friends.\n"
                "\n"
                "Other web pages say “7 to 30 days” or “after a month”.\n"
                "\n"
                "## How we show it\n"
                "\n"
                "Our timeline follows the 7 February 2025 article: days 1–14, days 15–30, and day 31 onwards. Both of its ranges include day 15, so we put day 15 in the second stage. The upshot: contacts might be called anywhere from around day 14 to day 30, but the sources contradict each other, cite nothing, and are weak.\n"
                "\n"
                "## What the rules say\n"
                "\n"
                "- The recommended national standard GB/T 45251—2025 says collection should be aimed at the borrower alone. Emergency contacts may be reached only when you cannot be, and only to restore contact or pass on a message; they must not be told about your debt;\n"
                "- A contact who refuses or asks not to be called again should not be contacted again;\n"
                "- Unless agreed otherwise, there should be no collection between 22:00 and 08:00;\n"
                "- An emergency contact is not a guarantor and does not have to repay for you.\n"
                "\n"
                "## What you can do now\n"
                "\n"
                "- Contact the platform's official customer service yourself, explain your situation and discuss a repayment plan;\n"
                "- Answer calls and reply to messages so the platform can reach you; that alone removes the reason to call your contacts;\n"
                "- Warn your contacts that they may be called, and tell them they do not have to repay for you."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：借呗联系紧急联系人的时间，网上说法从大约第14天到第30天不等，来源可靠性都低。比天数更可靠的是规则：联系得上你，就不应找你的联系人。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：借唄聯繫緊急聯繫人的時間，網上說法從大約第14天到第30天不等，來源可靠性都低。比天數更可靠的是規則：聯繫得上你，就不應找你的聯繫人。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: for Jiebei, the web puts the first calls to emergency contacts anywhere from around day 14 to day 30, and every source is weak. The rules are more reliable than the days: if you can be reached, your contacts should be left alone. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "借呗逾期几天会打给紧急联系人？",
                    "zh_hant": "借唄逾期幾天會打給緊急聯繫人？",
                    "en": "How many days overdue on Jiebei before my emergency contacts are called?",
                },
                "answer": {
                    "zh_hans": "没有可靠答案。2025年2月7日一篇讲借呗的文章说第15至30天（同一篇又说大约30天），一篇未注明日期、讲支付宝的文章说大约第14天，还有网页说7至30天。这些文章都没有出处，请只当作粗略参考。",
                    "zh_hant": "沒有可靠答案。2025年2月7日一篇講借唄的文章說第15至30天（同一篇又說大約30天），一篇未註明日期、講支付寶的文章說大約第14天，還有網頁說7至30天。這些文章都沒有出處，請只當作粗略參考。",
                    "en": "There is no reliable answer. A 7 February 2025 article on Jiebei says days 15–30 (and elsewhere about 30 days), an undated article on Alipay says around day 14, and other pages say 7 to 30 days. None of them cites a source, so treat them as a rough guide only.",
                },
                "earlier_texts": {
                    "answer": [
                        {
                            "zh_hans": "没有可靠答案。文章C说第15至30天（同一篇又说大约30天），文章E说大约第14天，还有网页说7至30天。这些文章都没有出处，请只当作粗略参考。",
                            "zh_hant": "沒有可靠答案。文章C說第15至30天（同一篇又說大約30天），文章E說大約第14天，還有網頁說7至30天。這些文章都沒有出處，請只當作粗略參考。",
                            "en": "There is no reliable answer. Article C says days 15–30 (and elsewhere about 30 days), article E says around day 14, and other pages say 7 to 30 days. None of them cites a source, so treat them as a rough guide only.",
                        },
                    ],
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "借呗逾期几天会上征信？",
                    "zh_hant": "借唄逾期幾天會上徵信？",
                    "en": "How many days overdue on Jiebei before it shows on my credit report?",
                },
                "answer": {
                    "zh_hans": "没有全国统一的“逾期几天上报”的规定，要看放款方的宽限期和报送周期。按《征信业管理条例》第15条，向征信机构报送你的不良信息之前，应当先告知你。",
                    "zh_hant": "沒有全國統一的“逾期幾天上報”的規定，要看放款方的寬限期和報送週期。按《徵信業管理條例》第15條，向徵信機構報送你的不良信息之前，應當先告知你。",
                    "en": "There is no national rule fixing the day. It depends on the lender's grace period and reporting cycle. Under Article 15 of the Credit Reporting Industry Regulation, you must be told before negative information about you is reported.",
                },
            },
            {
                "order": 2,
                "question": {
                    "zh_hans": "为什么借呗和支付宝各有一页？",
                    "zh_hant": "為什麼借唄和支付寶各有一頁？",
                    "en": "Why do Jiebei and Alipay have separate pages?",
                },
                "answer": {
                    "zh_hans": "读者两种名字都会搜。借呗页以2025年2月7日一篇讲借呗的文章为主，支付宝页以一篇未注明日期、讲支付宝的文章为主，两页都列出了对方的说法，方便你看到分歧。",
                    "zh_hant": "讀者兩種名字都會搜。借唄頁以2025年2月7日一篇講借唄的文章為主，支付寶頁以一篇未註明日期、講支付寶的文章為主，兩頁都列出了對方的說法，方便你看到分歧。",
                    "en": "Readers search for both names. The Jiebei page mainly follows a 7 February 2025 article on Jiebei and the Alipay page mainly follows an undated article on Alipay; each lists the other's claim so you can see where they disagree.",
                },
                "earlier_texts": {
                    "answer": [
                        {
                            "zh_hans": "读者两种名字都会搜。借呗页以文章C为主，支付宝页以文章E为主，两页都列出了对方的说法，方便你看到分歧。",
                            "zh_hant": "讀者兩種名字都會搜。借唄頁以文章C為主，支付寶頁以文章E為主，兩頁都列出了對方的說法，方便你看到分歧。",
                            "en": "Readers search for both names. The Jiebei page mainly follows article C and the Alipay page mainly follows article E; each lists the other's claim so you can see where they disagree.",
                        },
                    ],
                },
            },
        ],
        "earlier_texts": {
            "body": [
                {
                    "zh_hans": (
                        "## 两篇文章，两种说法\n"
                        "\n"
                        "- **文章C**（简体中文，2025年2月7日）：第1至15天反复用短信和电话提醒本人；第15至30天告知紧急联系人，请他们帮忙联系你；第31天以后催收电话增多，可能转交外部催收机构。可同一篇文章另一句又说“大约30天”。\n"
                        "- **文章E**（繁体中文，未注明日期，讲支付宝的借呗和花呗）：大约第14天开始采取更强的措施，包括给亲友打电话。\n"
                        "\n"
                        "此外，其他网页还有“7至30天”“一个月以后”等说法。\n"
                        "\n"
                        "## 我们怎么展示\n"
                        "\n"
                        "时间线按文章C分为第1至14天、第15至30天、第31天起。原文两段都包含第15天，我们把第15天放在第二段。结论是：联系人可能在第14天前后到第30天之间接到电话，但来源互相矛盾，都没有出处，可靠性低。\n"
                        "\n"
                        "## 规则怎么说\n"
                        "\n"
                        "- 推荐性国家标准GB/T 45251—2025要求催收只针对借款人本人。只有联系不上你时，才可以联系紧急联系人，而且只能用来恢复联系或转告信息，不得告诉他们你的欠款情况；\n"
                        "- 联系人拒绝或要求不再联系后，不应再被联系；\n"
                        "- 除非另有约定，晚上22点到早上8点不应催收；\n"
                        "- 紧急联系人不是担保人，不需要替你还钱。\n"
                        "\n"
                        "## 你现在可以做什么\n"
                        "\n"
                        "- 主动联系平台的官方客服，说明情况，商量还款安排；\n"
                        "- 接电话、回消息，让平台联系得上你，这本身就减少了打给联系人的理由；\n"
                        "- 提前告诉你的联系人可能会接到电话，并告诉他们不需要替你还钱。"
                    ),
                    "zh_hant": (
                        "## 兩篇文章，兩種說法\n"
                        "\n"
                        "- **文章C**（簡體中文，2025年2月7日）：第1至15天反覆用短信和電話提醒本人；第15至30天告知緊急聯繫人，請他們幫忙聯繫你；第31天以後催收電話增多，可能轉交外部催收機構。可同一篇文章另一句又說“大約30天”。\n"
                        "- **文章E**（繁體中文，未註明日期，講支付寶的借唄和花唄）：大約第14天開始採取更強的措施，包括給親友打電話。\n"
                        "\n"
                        "此外，其他網頁還有“7至30天”“一個月以後”等說法。\n"
                        "\n"
                        "## 我們怎麼展示\n"
                        "\n"
                        "時間線按文章C分為第1至14天、第15至30天、第31天起。原文兩段都包含第15天，我們把第15天放在第二段。結論是：聯繫人可能在第14天前後到第30天之間接到電話，但來源互相矛盾，都沒有出處，可靠性低。\n"
                        "\n"
                        "## 規則怎麼說\n"
                        "\n"
                        "- 推薦性國家標準GB/T 45251—2025要求催收只針對借款人本人。只有聯繫不上你時，才可以聯繫緊急聯繫人，而且只能用來恢復聯繫或轉告信息，不得告訴他們你的欠款情況；\n"
                        "- 聯繫人拒絕或要求不再聯繫後，不應再被聯繫；\n"
                        "- 除非另有約定，晚上22點到早上8點不應催收；\n"
                        "- 緊急聯繫人不是擔保人，不需要替你還錢。\n"
                        "\n"
                        "## 你現在可以做什麼\n"
                        "\n"
                        "- 主動聯繫平臺的官方客服，說明情況，商量還款安排；\n"
                        "- 接電話、回消息，讓平臺聯繫得上你，這本身就減少了打給聯繫人的理由；\n"
                        "- 提前告訴你的聯繫人可能會接到電話，並告訴他們不需要替你還錢。"
                    ),
                    "en": (
                        "## Two articles, two answers\n"
                        "\n"
                        "- **Article C** (Simplified Chinese, 7 February 2025): days 1–15 bring repeated SMS and phone reminders to you; on days 15–30 your emergency contacts are told and asked to help reach you; from day 31 there are more collection calls and an outside agency may take over. Yet another sentence in the same article says “about 30 days”.\n"
                        "- **Article E** (Traditional Chinese, undated, about Jiebei and Huabei in Alipay): stronger action starts around day 14, including calls to relatives and friends.\n"
                        "\n"
                        "Other web pages say “7 to 30 days” or “after a month”.\n"
                        "\n"
                        "## How we show it\n"
                        "\n"
                        "Our timeline follows article C: days 1–14, days 15–30, and day 31 onwards. Both of its ranges include day 15, so we put day 15 in the second stage. The upshot: contacts might be called anywhere from around day 14 to day 30, but the sources contradict each other, cite nothing, and are weak.\n"
                        "\n"
                        "## What the rules say\n"
                        "\n"
                        "- The recommended national standard GB/T 45251—2025 says collection should be aimed at the borrower alone. Emergency contacts may be reached only when you cannot be, and only to restore contact or pass on a message; they must not be told about your debt;\n"
                        "- A contact who refuses or asks not to be called again should not be contacted again;\n"
                        "- Unless agreed otherwise, there should be no collection between 22:00 and 08:00;\n"
                        "- An emergency contact is not a guarantor and does not have to repay for you.\n"
                        "\n"
                        "## What you can do now\n"
                        "\n"
                        "- Contact the platform's official customer service yourself, explain your situation and discuss a repayment plan;\n"
                        "- Answer calls and reply to messages so the platform can reach you; that alone removes the reason to call your contacts;\n"
                        "- Warn your contacts that they may be called, and tell them they do not have to repay for you."
                    ),
                },
            ],
        },
    },
    {
        "slug": "haofenqi-emergency-contacts",
        "kind": "faq",
        "category": "platform-timelines",
        "platforms": ["haofenqi"],
        "published_at": datetime.datetime(2026, 11, 4, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "好分期逾期多久会联系紧急联系人？",
            "zh_hant": "好分期逾期多久會聯繫緊急聯繫人？",
            "en": "How long after going overdue on Haofenqi will my emergency contacts be called?",
        },
        "intro": {
            "zh_hans": "小编导语：关于好分期，我们能找到的资料很少，也没有任何一篇说清楚第几天会联系紧急联系人。与其猜一个数字，不如把知道的和不知道的都说明白。",
            "zh_hant": "小編導語：關於好分期，我們能找到的資料很少，也沒有任何一篇說清楚第幾天會聯繫緊急聯繫人。與其猜一個數字，不如把知道的和不知道的都說明白。",
            "en": "Editor's introduction: there is very little to go on for Haofenqi, and nothing says on which day emergency contacts are called. Rather than guess a number, we set out what is known and what is not.",
        },
        "body": {
            "zh_hans": (
                "## 网上的说法\n"
                "\n"
                "我们只找到一篇关于好分期的网络文章（简体中文，2025年1月8日）。它把逾期分为三档：\n"
                "\n"
                "- **轻度**：第1至7天；\n"
                "- **中度**：第8至30天；\n"
                "- **严重**：第31天以后。\n"
                "\n"
                "它描述的顺序是：先发短信或电子邮件提醒，然后打电话给你本人，如果仍未还款，再联系紧急联系人。\n"
                "\n"
                "## 数据很薄\n"
                "\n"
                "- 文章没有说第几天联系紧急联系人；\n"
                "- 只有一个来源，没有出处，可靠性低；\n"
                "- 这三档是那篇文章自己的分法，不是法律或监管的分类。\n"
                "\n"
                "所以，我们的时间线里没有任何阶段标注“会联系紧急联系人”。这不表示不会联系，只表示我们不知道。作为参考，关于其他平台的文章说法从第4天到第30天不等。\n"
                "\n"
                "## 规则怎么说\n"
                "\n"
                "- 推荐性国家标准GB/T 45251—2025要求催收只针对借款人本人。只有联系不上你时，才可以联系紧急联系人，而且只能用来恢复联系或转告信息，不得告诉他们你的欠款情况；\n"
                "- 联系人拒绝或要求不再联系后，不应再被联系；\n"
                "- 除非另有约定，晚上22点到早上8点不应催收；\n"
                "- 紧急联系人不是担保人，不需要替你还钱。\n"
                "\n"
                "## 你现在可以做什么\n"
                "\n"
                "- 主动联系平台的官方客服，说明情况，商量还款安排；\n"
                "- 接电话、回消息，让平台联系得上你，这本身就减少了打给联系人的理由；\n"
                "- 提前告诉你的联系人可能会接到电话，并告诉他们不需要替你还钱。"
            ),
            "zh_hant": (
                "## 網上的說法\n"
                "\n"
                "我們只找到一篇關於好分期的網絡文章（簡體中文，2025年1月8日）。它把逾期分為三檔：\n"
                "\n"
                "- **輕度**：第1至7天；\n"
                "- **中度**：第8至30天；\n"
                "- **嚴重**：第31天以後。\n"
                "\n"
                "它描述的順序是：先發短信或電子郵件提醒，然後打電話給你本人，如果仍未還款，再聯繫緊急聯繫人。\n"
                "\n"
                "## 數據很薄\n"
                "\n"
                "- 文章沒有說第幾天聯繫緊急聯繫人；\n"
                "- 只有一個來源，沒有出處，可靠性低；\n"
                "- 這三檔是那篇文章自己的分法，不是法律或監管的分類。\n"
                "\n"
                "所以，我們的時間線裏沒有任何階段標註“會聯繫緊急聯繫人”。這不表示不會聯繫，只表示我們不知道。作為參考，關於其他平臺的文章說法從第4天到第30天不等。\n"
                "\n"
                "## 規則怎麼說\n"
                "\n"
                "- 推薦性國家標準GB/T 45251—2025要求催收只針對借款人本人。只有聯繫不上你時，才可以聯繫緊急聯繫人，而且只能用來恢復聯繫或轉告信息，不得告訴他們你的欠款情況；\n"
                "- 聯繫人拒絕或要求不再聯繫後，不應再被聯繫；\n"
                "- 除非另有約定，晚上22點到早上8點不應催收；\n"
                "- 緊急聯繫人不是擔保人，不需要替你還錢。\n"
                "\n"
                "## 你現在可以做什麼\n"
                "\n"
                "- 主動聯繫平臺的官方客服，說明情況，商量還款安排；\n"
                "- 接電話、回消息，讓平臺聯繫得上你，這本身就減少了打給聯繫人的理由；\n"
                "- 提前告訴你的聯繫人可能會接到電話，並告訴他們不需要替你還錢。"
            ),
            "en": (
                "## What the web says\n"
                "\n"
                "We found just one web article about Haofenqi (Simplified Chinese, 8 January 2025). It sorts overdue accounts into three levels:\n"
                "\n"
                "- **Mild**: days 1–7;\n"
                "- **Moderate**: days 8–30;\n"
                "- **Severe**: day 31 onwards.\n"
                "\n"
                "The order it describes: first SMS or e-mail reminders, then calls to you, and then, if the debt is still unpaid, calls to your emergency contacts.\n"
                "\n"
                "## The data is thin\n"
                "\n"
                "- The article gives no day for calling emergency contacts;\n"
                "- It is one source, cites nothing, and is of low reliability;\n"
                "- The three levels are the article's own grouping, not a legal or regulatory category.\n"
                "\n"
                "So no stage in our timeline is marked as one where contacts are called. That does not mean they never are; it means we don't know. For comparison, articles about other platforms give anything from day 4 to day 30.\n"
                "\n"
                "## What the rules say\n"
                "\n"
                "- The recommended national standard GB/T 45251—2025 says collection should be aimed at the borrower alone. Emergency contacts may be reached only when you cannot be, and only to restore contact or pass on a message; they must not be told about your debt;\n"
                "- A contact who refuses or asks not to be called again should not be contacted again;\n"
                "- Unless agreed otherwise, there should be no collection between 22:00 and 08:00;\n"
                "- An emergency contact is not a guarantor and does not have to repay for you.\n"
                "\n"
                "## What you can do now\n"
                "\n"
                "- Contact the platform's official customer service yourself, explain your situation and discuss a repayment plan;\n"
                "- Answer calls and reply to messages so the platform can reach you; that alone removes the reason to call your contacts;\n"
                "- Warn your contacts that they may be called, and tell them they do not have to repay for you."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：好分期的资料很少，唯一的文章只给出轻度、中度、严重三档，没有说第几天联系紧急联系人。请以规则为准：联系得上你，就不应找你的联系人。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：好分期的資料很少，唯一的文章只給出輕度、中度、嚴重三檔，沒有說第幾天聯繫緊急聯繫人。請以規則為準：聯繫得上你，就不應找你的聯繫人。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: there is little data on Haofenqi; the only article gives three levels of overdue and no day for calling emergency contacts. Go by the rules: if you can be reached, your contacts should be left alone. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "好分期逾期多久会联系我的紧急联系人？",
                    "zh_hant": "好分期逾期多久會聯繫我的緊急聯繫人？",
                    "en": "How long before Haofenqi calls my emergency contacts?",
                },
                "answer": {
                    "zh_hans": "我们不知道。唯一的文章只说“仍未还款时”会联系，没有给出天数。其他平台的文章说法从第4天到第30天不等，但不能直接套用。",
                    "zh_hant": "我們不知道。唯一的文章只說“仍未還款時”會聯繫，沒有給出天數。其他平臺的文章說法從第4天到第30天不等，但不能直接套用。",
                    "en": "We don't know. The only article says contacts are called “if the debt is still unpaid”, without a day. Articles about other platforms say anything from day 4 to day 30, but that cannot simply be applied here.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "“轻度逾期”“严重逾期”是官方说法吗？",
                    "zh_hant": "“輕度逾期”“嚴重逾期”是官方說法嗎？",
                    "en": "Are “mild” and “severe” overdue official terms?",
                },
                "answer": {
                    "zh_hans": "不是。这是那篇网络文章自己的分档（第1至7天、第8至30天、第31天起），我们没有找到平台或监管的依据。",
                    "zh_hant": "不是。這是那篇網絡文章自己的分檔（第1至7天、第8至30天、第31天起），我們沒有找到平臺或監管的依據。",
                    "en": "No. They are that web article's own levels (days 1–7, days 8–30, day 31 onwards); we found no basis for them from the platform or any regulator.",
                },
            },
            {**QUESTION_CONTACT_NEED_NOT_REPAY, "order": 2},
        ],
    },
    {
        "slug": "alipay-emergency-contacts",
        "kind": "faq",
        "category": "platform-timelines",
        "platforms": ["alipay", "ant-jiebei"],
        "published_at": datetime.datetime(2026, 11, 5, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "支付宝（借呗、花呗）逾期多久会联系紧急联系人？",
            "zh_hant": "支付寶（借唄、花唄）逾期多久會聯繫緊急聯繫人？",
            "en": "How long after going overdue on Alipay (Jiebei, Huabei) will my emergency contacts be called?",
        },
        "intro": {
            "zh_hans": "小编导语：借呗、花呗逾期后，支付宝会怎么提醒？什么时候可能打给亲友？一篇文章说大约第14天，另一篇说第15至30天。我们把两种说法和规则放在一起看。",
            "zh_hant": "小編導語：借唄、花唄逾期後，支付寶會怎麼提醒？什麼時候可能打給親友？一篇文章說大約第14天，另一篇說第15至30天。我們把兩種說法和規則放在一起看。",
            "en": "Editor's introduction: how does Alipay chase overdue Jiebei or Huabei payments, and when might your relatives and friends be called? One article says around day 14, another days 15–30. Here are both, beside the rules.",
        },
        "body": {
            "zh_hans": (
                "## 网上的说法\n"
                "\n"
                "一篇繁体中文网络文章（未注明日期）这样描述支付宝里的借呗和花呗：\n"
                "\n"
                "- **一开始**：用短信和App内消息提醒；电话没人接，会换其他号码打，或改用自动语音电话；\n"
                "- **大约第7天**：第二轮提醒，例如电子邮件、公众号推送；\n"
                "- **大约第14天**：更强的措施，包括给亲戚朋友打电话。\n"
                "\n"
                "## 与另一篇文章矛盾\n"
                "\n"
                "另一篇文章（2025年2月7日）说借呗要到第15至30天才联系紧急联系人，另一句又说大约30天。两篇都没有出处，可靠性低。那篇未注明日期的文章只说“大约”，所以我们时间线上第7天、第14天的分界只是近似。\n"
                "\n"
                "## 不接电话会让情况更快升级\n"
                "\n"
                "按那篇未注明日期的文章，电话没人接会导致换号码打、自动语音电话。按规则，“联系不上借款人”正是可以联系紧急联系人的前提。接电话、回消息，是保护亲友最直接的办法。\n"
                "\n"
                "## 规则怎么说\n"
                "\n"
                "- 推荐性国家标准GB/T 45251—2025要求催收只针对借款人本人。只有联系不上你时，才可以联系紧急联系人，而且只能用来恢复联系或转告信息，不得告诉他们你的欠款情况；\n"
                "- 联系人拒绝或要求不再联系后，不应再被联系；\n"
                "- 除非另有约定，晚上22点到早上8点不应催收；\n"
                "- 紧急联系人不是担保人，不需要替你还钱。\n"
                "\n"
                "## 你现在可以做什么\n"
                "\n"
                "- 主动联系平台的官方客服，说明情况，商量还款安排；\n"
                "- 接电话、回消息，让平台联系得上你，这本身就减少了打给联系人的理由；\n"
                "- 提前告诉你的联系人可能会接到电话，并告诉他们不需要替你还钱。"
            ),
            "zh_hant": (
                "## 網上的說法\n"
                "\n"
                "一篇繁體中文網絡文章（未註明日期）這樣描述支付寶裏的借唄和花唄：\n"
                "\n"
                "- **一開始**：用短信和App內消息提醒；電話沒人接，會換其他號碼打，或改用自動語音電話；\n"
                "- **大約第7天**：第二輪提醒，例如電子郵件、公眾號推送；\n"
                "- **大約第14天**：更強的措施，包括給親戚朋友打電話。\n"
                "\n"
                "## 與另一篇文章矛盾\n"
                "\n"
                "另一篇文章（2025年2月7日）說借唄要到第15至30天才聯繫緊急聯繫人，另一句又說大約30天。兩篇都沒有出處，可靠性低。那篇未註明日期的文章只說“大約”，所以我們時間線上第7天、第14天的分界只是近似。\n"
                "\n"
                "## 不接電話會讓情況更快升級\n"
                "\n"
                "按那篇未註明日期的文章，電話沒人接會導致換號碼打、自動語音電話。按規則，“聯繫不上借款人”正是可以聯繫緊急聯繫人的前提。接電話、回消息，是保護親友最直接的辦法。\n"
                "\n"
                "## 規則怎麼說\n"
                "\n"
                "- 推薦性國家標準GB/T 45251—2025要求催收只針對借款人本人。只有聯繫不上你時，才可以聯繫緊急聯繫人，而且只能用來恢復聯繫或轉告信息，不得告訴他們你的欠款情況；\n"
                "- 聯繫人拒絕或要求不再聯繫後，不應再被聯繫；\n"
                "- 除非另有約定，晚上22點到早上8點不應催收；\n"
                "- 緊急聯繫人不是擔保人，不需要替你還錢。\n"
                "\n"
                "## 你現在可以做什麼\n"
                "\n"
                "- 主動聯繫平臺的官方客服，說明情況，商量還款安排；\n"
                "- 接電話、回消息，讓平臺聯繫得上你，這本身就減少了打給聯繫人的理由；\n"
                "- 提前告訴你的聯繫人可能會接到電話，並告訴他們不需要替你還錢。"
            ),
            "en": (
                "## What the web says\n"
                "\n"
                "An undated web article in Traditional Chinese describes Jiebei and Huabei in Alipay like this:\n"
                "\n"
                "- **At first**: reminders by SMS and in-app message; if calls go unanswered, calls come from other numbers or as automated voice calls;\n"
                "- **Around day 7**: a second round of reminders, for example by e-mail or official-account push messages;\n"
                "- **Around day 14**: stronger action, including calls to relatives and friends.\n"
                "\n"
                "## It disagrees with another article\n"
                "\n"
                "Another article (7 February 2025) says Jiebei contacts are only called on days 15–30, and in another sentence about 30 days. Neither cites anything, and both are weak. The undated article only says “around”, so our timeline's breaks at day 7 and day 14 are approximate.\n"
                "\n"
                "## Not answering makes things escalate faster\n"
                "\n"
                "According to the undated article, unanswered calls lead to calls from other numbers and automated calls. Under the rules, a borrower who “cannot be reached” is exactly when contacts may be called. Answering calls and replying to messages is the most direct way to protect your family and friends.\n"
                "\n"
                "## What the rules say\n"
                "\n"
                "- The recommended national standard GB/T 45251—2025 says collection should be aimed at the borrower alone. Emergency contacts may be reached only when you cannot be, and only to restore contact or pass on a message; they must not be told about your debt;\n"
                "- A contact who refuses or asks not to be called again should not be contacted again;\n"
                "- Unless agreed otherwise, there should be no collection between 22:00 and 08:00;\n"
                "- An emergency contact is not a guarantor and does not have to repay for you.\n"
                "\n"
                "## What you can do now\n"
                "\n"
                "- Contact the platform's official customer service yourself, explain your situation and discuss a repayment plan;\n"
                "- Answer calls and reply to messages so the platform can reach you; that alone removes the reason to call your contacts;\n"
                "- Warn your contacts that they may be called, and tell them they do not have to repay for you."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：一篇文章说支付宝大约第14天开始给亲友打电话，另一篇说借呗要到第15至30天，都是低可靠性的说法。接电话、主动沟通，比猜天数更能保护亲友。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：一篇文章說支付寶大約第14天開始給親友打電話，另一篇說借唄要到第15至30天，都是低可靠性的說法。接電話、主動溝通，比猜天數更能保護親友。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: one article says Alipay starts calling relatives and friends around day 14, another says days 15–30 for Jiebei; both are weak. Answering calls and talking to the lender protects your family better than guessing the day. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "花呗逾期也会打给联系人吗？",
                    "zh_hant": "花唄逾期也會打給聯繫人嗎？",
                    "en": "Will my contacts be called for an overdue Huabei payment too?",
                },
                "answer": {
                    "zh_hans": "一篇未注明日期、讲支付宝的文章把借呗和花呗放在一起描述，说大约第14天可能给亲友打电话。它没有分开说明花呗，也没有出处，请只当作粗略参考。",
                    "zh_hant": "一篇未註明日期、講支付寶的文章把借唄和花唄放在一起描述，說大約第14天可能給親友打電話。它沒有分開說明花唄，也沒有出處，請只當作粗略參考。",
                    "en": "An undated article on Alipay describes Jiebei and Huabei together and says relatives and friends may be called around day 14. It does not treat Huabei separately and cites nothing, so take it as a rough guide only.",
                },
                "earlier_texts": {
                    "answer": [
                        {
                            "zh_hans": "文章E把借呗和花呗放在一起描述，说大约第14天可能给亲友打电话。它没有分开说明花呗，也没有出处，请只当作粗略参考。",
                            "zh_hant": "文章E把借唄和花唄放在一起描述，說大約第14天可能給親友打電話。它沒有分開說明花唄，也沒有出處，請只當作粗略參考。",
                            "en": "Article E describes Jiebei and Huabei together and says relatives and friends may be called around day 14. It does not treat Huabei separately and cites nothing, so take it as a rough guide only.",
                        },
                    ],
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "为什么两篇文章的天数不一样？",
                    "zh_hant": "為什麼兩篇文章的天數不一樣？",
                    "en": "Why do the two articles give different days?",
                },
                "answer": {
                    "zh_hans": "这类文章多是为搜索排名写的，没有引用平台的规定，彼此抄写又各自改动。我们把分歧如实列出，并在旁边给出规则，规则比天数可靠。",
                    "zh_hant": "這類文章多是為搜索排名寫的，沒有引用平臺的規定，彼此抄寫又各自改動。我們把分歧如實列出，並在旁邊給出規則，規則比天數可靠。",
                    "en": "Articles like these are mostly written to rank in search results. They quote no platform policy and copy and alter each other. We show the disagreement as it is and put the rules beside it; the rules are more reliable than the days.",
                },
            },
            {**QUESTION_CALLS_TOO_MANY_OR_TOO_LATE, "order": 2},
        ],
        "earlier_texts": {
            "body": [
                {
                    "zh_hans": (
                        "## 网上的说法\n"
                        "\n"
                        "一篇繁体中文网络文章（未注明日期）这样描述支付宝里的借呗和花呗：\n"
                        "\n"
                        "- **一开始**：用短信和App内消息提醒；电话没人接，会换其他号码打，或改用自动语音电话；\n"
                        "- **大约第7天**：第二轮提醒，例如电子邮件、公众号推送；\n"
                        "- **大约第14天**：更强的措施，包括给亲戚朋友打电话。\n"
                        "\n"
                        "## 与另一篇文章矛盾\n"
                        "\n"
                        "另一篇文章（2025年2月7日）说借呗要到第15至30天才联系紧急联系人，另一句又说大约30天。两篇都没有出处，可靠性低。文章E只说“大约”，所以我们时间线上第7天、第14天的分界只是近似。\n"
                        "\n"
                        "## 不接电话会让情况更快升级\n"
                        "\n"
                        "按文章E，电话没人接会导致换号码打、自动语音电话。按规则，“联系不上借款人”正是可以联系紧急联系人的前提。接电话、回消息，是保护亲友最直接的办法。\n"
                        "\n"
                        "## 规则怎么说\n"
                        "\n"
                        "- 推荐性国家标准GB/T 45251—2025要求催收只针对借款人本人。只有联系不上你时，才可以联系紧急联系人，而且只能用来恢复联系或转告信息，不得告诉他们你的欠款情况；\n"
                        "- 联系人拒绝或要求不再联系后，不应再被联系；\n"
                        "- 除非另有约定，晚上22点到早上8点不应催收；\n"
                        "- 紧急联系人不是担保人，不需要替你还钱。\n"
                        "\n"
                        "## 你现在可以做什么\n"
                        "\n"
                        "- 主动联系平台的官方客服，说明情况，商量还款安排；\n"
                        "- 接电话、回消息，让平台联系得上你，这本身就减少了打给联系人的理由；\n"
                        "- 提前告诉你的联系人可能会接到电话，并告诉他们不需要替你还钱。"
                    ),
                    "zh_hant": (
                        "## 網上的說法\n"
                        "\n"
                        "一篇繁體中文網絡文章（未註明日期）這樣描述支付寶裏的借唄和花唄：\n"
                        "\n"
                        "- **一開始**：用短信和App內消息提醒；電話沒人接，會換其他號碼打，或改用自動語音電話；\n"
                        "- **大約第7天**：第二輪提醒，例如電子郵件、公眾號推送；\n"
                        "- **大約第14天**：更強的措施，包括給親戚朋友打電話。\n"
                        "\n"
                        "## 與另一篇文章矛盾\n"
                        "\n"
                        "另一篇文章（2025年2月7日）說借唄要到第15至30天才聯繫緊急聯繫人，另一句又說大約30天。兩篇都沒有出處，可靠性低。文章E只說“大約”，所以我們時間線上第7天、第14天的分界只是近似。\n"
                        "\n"
                        "## 不接電話會讓情況更快升級\n"
                        "\n"
                        "按文章E，電話沒人接會導致換號碼打、自動語音電話。按規則，“聯繫不上借款人”正是可以聯繫緊急聯繫人的前提。接電話、回消息，是保護親友最直接的辦法。\n"
                        "\n"
                        "## 規則怎麼說\n"
                        "\n"
                        "- 推薦性國家標準GB/T 45251—2025要求催收只針對借款人本人。只有聯繫不上你時，才可以聯繫緊急聯繫人，而且只能用來恢復聯繫或轉告信息，不得告訴他們你的欠款情況；\n"
                        "- 聯繫人拒絕或要求不再聯繫後，不應再被聯繫；\n"
                        "- 除非另有約定，晚上22點到早上8點不應催收；\n"
                        "- 緊急聯繫人不是擔保人，不需要替你還錢。\n"
                        "\n"
                        "## 你現在可以做什麼\n"
                        "\n"
                        "- 主動聯繫平臺的官方客服，說明情況，商量還款安排；\n"
                        "- 接電話、回消息，讓平臺聯繫得上你，這本身就減少了打給聯繫人的理由；\n"
                        "- 提前告訴你的聯繫人可能會接到電話，並告訴他們不需要替你還錢。"
                    ),
                    "en": (
                        "## What the web says\n"
                        "\n"
                        "An undated web article in Traditional Chinese describes Jiebei and Huabei in Alipay like this:\n"
                        "\n"
                        "- **At first**: reminders by SMS and in-app message; if calls go unanswered, calls come from other numbers or as automated voice calls;\n"
                        "- **Around day 7**: a second round of reminders, for example by e-mail or official-account push messages;\n"
                        "- **Around day 14**: stronger action, including calls to relatives and friends.\n"
                        "\n"
                        "## It disagrees with another article\n"
                        "\n"
                        "Another article (7 February 2025) says Jiebei contacts are only called on days 15–30, and in another sentence about 30 days. Neither cites anything, and both are weak. Article E only says “around”, so our timeline's breaks at day 7 and day 14 are approximate.\n"
                        "\n"
                        "## Not answering makes things escalate faster\n"
                        "\n"
                        "According to article E, unanswered calls lead to calls from other numbers and automated calls. Under the rules, a borrower who “cannot be reached” is exactly when contacts may be called. Answering calls and replying to messages is the most direct way to protect your family and friends.\n"
                        "\n"
                        "## What the rules say\n"
                        "\n"
                        "- The recommended national standard GB/T 45251—2025 says collection should be aimed at the borrower alone. Emergency contacts may be reached only when you cannot be, and only to restore contact or pass on a message; they must not be told about your debt;\n"
                        "- A contact who refuses or asks not to be called again should not be contacted again;\n"
                        "- Unless agreed otherwise, there should be no collection between 22:00 and 08:00;\n"
                        "- An emergency contact is not a guarantor and does not have to repay for you.\n"
                        "\n"
                        "## What you can do now\n"
                        "\n"
                        "- Contact the platform's official customer service yourself, explain your situation and discuss a repayment plan;\n"
                        "- Answer calls and reply to messages so the platform can reach you; that alone removes the reason to call your contacts;\n"
                        "- Warn your contacts that they may be called, and tell them they do not have to repay for you."
                    ),
                },
            ],
        },
    },
    {
        "slug": "two-days-overdue",
        "kind": "faq",
        "category": "dealing-with-debt",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 6, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "刚逾期2天，会打电话给我和紧急联系人吗？",
            "zh_hant": "剛逾期2天，會打電話給我和緊急聯繫人嗎？",
            "en": "I'm 2 days overdue. Will they call me and my emergency contacts?",
        },
        "intro": {
            "zh_hans": "小编导语：刚错过还款日一两天，心里发慌很正常。好消息是，这时候通常还只是提醒你本人。下面说说这几天会发生什么、该做什么。",
            "zh_hant": "小編導語：剛錯過還款日一兩天，心裏發慌很正常。好消息是，這時候通常還只是提醒你本人。下面說說這幾天會發生什麼、該做什麼。",
            "en": "Editor's introduction: feeling anxious a day or two after a missed payment is normal. The good news is that at this point the reminders usually go to you alone. Here is what these days tend to bring, and what to do.",
        },
        "body": {
            "zh_hans": (
                "## 通常会先找你本人\n"
                "\n"
                "我们看过的五篇关于不同平台的网络文章都说，逾期最初几天，平台主要通过短信、电话或App消息提醒借款人本人。没有一篇说第2天就会打给紧急联系人，最早的说法是第4天（关于智汇星的一篇文章）。\n"
                "\n"
                "## 但不要只看天数\n"
                "\n"
                "- 这些文章都没有出处，可靠性低，彼此矛盾；\n"
                "- 关键不在天数，而在于能不能联系上你：按推荐性国家标准GB/T 45251—2025，只有联系不上借款人时，才可以联系紧急联系人，而且不得告诉他们你的欠款情况；\n"
                "- 除非另有约定，晚上22点到早上8点不应催收。\n"
                "\n"
                "## 会不会马上上征信\n"
                "\n"
                "没有全国统一的“逾期几天上报”的规定，要看放款方的宽限期和报送周期。很多信用卡有1至3天的宽限期，也有放款方没有宽限期。按《征信业管理条例》第15条，报送不良信息前应当先告知你。\n"
                "\n"
                "## 这两天最值得做的事\n"
                "\n"
                "- 能还清就尽快还清；还不上，就主动通过官方渠道联系平台，说明原因，问能否延期或分期；\n"
                "- 核对账单上的金额和还款日；\n"
                "- 确认平台留的是你正在用的手机号码；\n"
                "- 如果担心，提前和你的紧急联系人打个招呼。"
            ),
            "zh_hant": (
                "## 通常會先找你本人\n"
                "\n"
                "我們看過的五篇關於不同平臺的網絡文章都說，逾期最初幾天，平臺主要通過短信、電話或App消息提醒借款人本人。沒有一篇說第2天就會打給緊急聯繫人，最早的說法是第4天（關於智匯星的一篇文章）。\n"
                "\n"
                "## 但不要只看天數\n"
                "\n"
                "- 這些文章都沒有出處，可靠性低，彼此矛盾；\n"
                "- 關鍵不在天數，而在於能不能聯繫上你：按推薦性國家標準GB/T 45251—2025，只有聯繫不上借款人時，才可以聯繫緊急聯繫人，而且不得告訴他們你的欠款情況；\n"
                "- 除非另有約定，晚上22點到早上8點不應催收。\n"
                "\n"
                "## 會不會馬上上徵信\n"
                "\n"
                "沒有全國統一的“逾期幾天上報”的規定，要看放款方的寬限期和報送週期。很多信用卡有1至3天的寬限期，也有放款方沒有寬限期。按《徵信業管理條例》第15條，報送不良信息前應當先告知你。\n"
                "\n"
                "## 這兩天最值得做的事\n"
                "\n"
                "- 能還清就儘快還清；還不上，就主動通過官方渠道聯繫平臺，說明原因，問能否延期或分期；\n"
                "- 核對賬單上的金額和還款日；\n"
                "- 確認平臺留的是你正在用的手機號碼；\n"
                "- 如果擔心，提前和你的緊急聯繫人打個招呼。"
            ),
            "en": (
                "## They usually come to you first\n"
                "\n"
                "The five web articles we read, each about a different platform, all say that in the first days after a missed payment the platform reminds the borrower by SMS, phone or in-app message. None of them says emergency contacts are called on day 2; the earliest claim is day 4 (in an article about Zhihuixing).\n"
                "\n"
                "## But don't go by the day count alone\n"
                "\n"
                "- None of these articles cites a source; they are weak and contradict each other;\n"
                "- What matters is whether you can be reached, not the day. Under the recommended national standard GB/T 45251—2025, emergency contacts may be reached only when the borrower cannot be, and must not be told about your debt;\n"
                "- Unless agreed otherwise, there should be no collection between 22:00 and 08:00.\n"
                "\n"
                "## Will it go straight onto my credit report?\n"
                "\n"
                "There is no national rule saying a debt is reported after a set number of days. It depends on the lender's grace period and reporting cycle. Many credit cards give 1–3 days' grace; some lenders give none. Under Article 15 of the Credit Reporting Industry Regulation, you must be told before negative information about you is reported.\n"
                "\n"
                "## The most useful things to do now\n"
                "\n"
                "- If you can pay in full, do it soon. If you can't, contact the platform through its official channels, explain why, and ask about an extension or instalments;\n"
                "- Check the amount and due date on your bill;\n"
                "- Make sure the platform has the phone number you actually use;\n"
                "- If you are worried, give your emergency contacts a heads-up."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：逾期两天，通常只会提醒你本人，没有来源说这时会联系紧急联系人。尽快还款或主动沟通，保持电话畅通。本文是一般信息，不是法律意见；文中平台天数来自低可靠性文章。",
            "zh_hant": "小編總結：逾期兩天，通常只會提醒你本人，沒有來源說這時會聯繫緊急聯繫人。儘快還款或主動溝通，保持電話暢通。本文是一般信息，不是法律意見；文中平臺天數來自低可靠性文章。",
            "en": "Editor's summary: two days overdue usually means reminders to you alone; no source says contacts are called this early. Pay soon or talk to the lender, and keep your phone on. This is general information, not legal advice; the platform days quoted come from weak articles.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "逾期1至2天就会上征信吗？",
                    "zh_hant": "逾期1至2天就會上徵信嗎？",
                    "en": "Does 1–2 days overdue go on my credit report?",
                },
                "answer": {
                    "zh_hans": "不一定。没有全国统一的天数，要看放款方的宽限期和报送周期。不清楚的话，直接问平台客服你的宽限期是多少。",
                    "zh_hant": "不一定。沒有全國統一的天數，要看放款方的寬限期和報送週期。不清楚的話，直接問平臺客服你的寬限期是多少。",
                    "en": "Not necessarily. There is no national rule on the day; it depends on the lender's grace period and reporting cycle. If you are unsure, ask the platform's customer service how long your grace period is.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "催收说两天内不还就通知我全部通讯录，合法吗？",
                    "zh_hant": "催收說兩天內不還就通知我全部通訊錄，合法嗎？",
                    "en": "A collector says everyone in my phone book will be told unless I pay within two days. Is that legal?",
                },
                "answer": {
                    "zh_hans": "不合规。按GB/T 45251—2025和中国银行业协会的催收指引，不得向无关第三方催收，联系人只能在联系不上你时被联系，而且不得被告知欠款情况。银行业协会指引还禁止夸大后果。请保存证据并投诉。",
                    "zh_hant": "不合規。按GB/T 45251—2025和中國銀行業協會的催收指引，不得向無關第三方催收，聯繫人只能在聯繫不上你時被聯繫，而且不得被告知欠款情況。銀行業協會指引還禁止誇大後果。請保存證據並投訴。",
                    "en": "It breaks the rules. Under GB/T 45251—2025 and the China Banking Association's collection guideline, collectors may not chase unrelated third parties, contacts may be reached only when you cannot be, and they must not be told about the debt. The association's guideline also bans exaggerating the consequences. Keep the evidence and complain.",
                },
            },
            {**QUESTION_CONTACT_NEED_NOT_REPAY, "order": 2},
        ],
    },
    {
        "slug": "not-answering-collection-calls",
        "kind": "faq",
        "category": "dealing-with-debt",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 7, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "不接催收电话会怎样？11天没接，会打给我的联系人吗？",
            "zh_hant": "不接催收電話會怎樣？11天沒接，會打給我的聯繫人嗎？",
            "en": "What happens if I don't answer collection calls? After 11 days, will they call my contacts?",
        },
        "intro": {
            "zh_hans": "小编导语：催收电话一响就心慌，很多人干脆不接。可是长时间不接、甚至“失联”，往往正是家人朋友开始接到电话的原因。",
            "zh_hant": "小編導語：催收電話一響就心慌，很多人乾脆不接。可是長時間不接、甚至“失聯”，往往正是家人朋友開始接到電話的原因。",
            "en": "Editor's introduction: many people stop answering because every collection call makes their heart sink. But going quiet for a long time, or becoming unreachable altogether, is often exactly what leads to calls to family and friends.",
        },
        "body": {
            "zh_hans": (
                "## 11天没接电话\n"
                "\n"
                "几篇网络文章给出的联系紧急联系人的时间，从第4天到第30天不等：关于智汇星的说第4至7天，星图金融·任性贷的说第7至14天，支付宝的说大约第14天，借呗的说第15至30天。所以到第11天，按其中几篇的说法，联系人可能已经接到电话了。这些文章都没有出处，只能作粗略参考。\n"
                "\n"
                "更重要的是规则本身：推荐性国家标准GB/T 45251—2025允许在“联系不上借款人”时联系紧急联系人。长时间不接电话，正好满足了这个条件。\n"
                "\n"
                "## 不接电话通常会怎样\n"
                "\n"
                "- 一篇关于支付宝的文章说，电话没人接，会换其他号码打，或改用自动语音电话；\n"
                "- 催收会逐步升级，之后可能转交外部催收机构、上报征信，甚至起诉；\n"
                "- 拨打次数也有限制：GB/T 45251—2025规定AI等交互式语音每天与同一借款人有效接通不超过3次；中国银行业协会指引规定，对同一号码未接通的拨打每天不宜超过6次。两者算法不同，不能混为一谈。\n"
                "\n"
                "## “失联”意味着什么\n"
                "\n"
                "失联不会让债务消失，只会让催收方转向你的联系人和其他途径。换了手机号，记得告诉平台。\n"
                "\n"
                "## 更好的做法\n"
                "\n"
                "- 不想接陌生号码，可以自己打平台的官方客服；\n"
                "- 尽量用App或短信等文字方式沟通，保留记录；\n"
                "- 告诉对方你方便接电话的时间。"
            ),
            "zh_hant": (
                "## 11天沒接電話\n"
                "\n"
                "幾篇網絡文章給出的聯繫緊急聯繫人的時間，從第4天到第30天不等：關於智匯星的說第4至7天，星圖金融·任性貸的說第7至14天，支付寶的說大約第14天，借唄的說第15至30天。所以到第11天，按其中幾篇的說法，聯繫人可能已經接到電話了。這些文章都沒有出處，只能作粗略參考。\n"
                "\n"
                "更重要的是規則本身：推薦性國家標準GB/T 45251—2025允許在“聯繫不上借款人”時聯繫緊急聯繫人。長時間不接電話，正好滿足了這個條件。\n"
                "\n"
                "## 不接電話通常會怎樣\n"
                "\n"
                "- 一篇關於支付寶的文章說，電話沒人接，會換其他號碼打，或改用自動語音電話；\n"
                "- 催收會逐步升級，之後可能轉交外部催收機構、上報徵信，甚至起訴；\n"
                "- 撥打次數也有限制：GB/T 45251—2025規定AI等交互式語音每天與同一借款人有效接通不超過3次；中國銀行業協會指引規定，對同一號碼未接通的撥打每天不宜超過6次。兩者算法不同，不能混為一談。\n"
                "\n"
                "## “失聯”意味着什麼\n"
                "\n"
                "失聯不會讓債務消失，只會讓催收方轉向你的聯繫人和其他途徑。換了手機號，記得告訴平臺。\n"
                "\n"
                "## 更好的做法\n"
                "\n"
                "- 不想接陌生號碼，可以自己打平臺的官方客服；\n"
                "- 儘量用App或短信等文字方式溝通，保留記錄；\n"
                "- 告訴對方你方便接電話的時間。"
            ),
            "en": (
                "## Eleven days without answering\n"
                "\n"
                "The web articles we read put the first calls to emergency contacts anywhere from day 4 to day 30: days 4–7 for Zhihuixing, days 7–14 for Xingtu Finance · Renxingdai, around day 14 for Alipay and days 15–30 for Jiebei. So by day 11, several of them would have your contacts already getting calls. None of these articles cites a source; use them as a rough guide only.\n"
                "\n"
                "What matters more is the rule itself. The recommended national standard GB/T 45251—2025 allows emergency contacts to be reached when the borrower “cannot be reached”. Ignoring calls for a long time meets that condition exactly.\n"
                "\n"
                "## What usually happens if you don't answer\n"
                "\n"
                "- One article about Alipay says unanswered calls lead to calls from other numbers or automated voice calls;\n"
                "- Collection escalates step by step, and later the debt may go to an outside agency, onto your credit report, or to court;\n"
                "- Call numbers are limited: GB/T 45251—2025 allows interactive voice collection (AI included) at most 3 connected calls a day with the same borrower; the China Banking Association's guideline says unanswered attempts to one number should not exceed 6 a day. They count different things and should not be confused.\n"
                "\n"
                "## What being “unreachable” means\n"
                "\n"
                "Being unreachable does not make the debt go away; it only pushes the collector towards your contacts and other routes. If you change your phone number, tell the platform.\n"
                "\n"
                "## A better approach\n"
                "\n"
                "- If you don't want to pick up unknown numbers, call the platform's official customer service yourself;\n"
                "- Where you can, communicate in writing, through the app or by SMS, and keep the records;\n"
                "- Tell them when it suits you to take calls."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：长时间不接电话，恰好给了联系你的紧急联系人的理由。主动联系平台、用文字沟通并保留记录，比躲着更能保护家人朋友。本文是一般信息，不是法律意见；文中平台天数来自低可靠性文章。",
            "zh_hant": "小編總結：長時間不接電話，恰好給了聯繫你的緊急聯繫人的理由。主動聯繫平臺、用文字溝通並保留記錄，比躲着更能保護家人朋友。本文是一般信息，不是法律意見；文中平臺天數來自低可靠性文章。",
            "en": "Editor's summary: ignoring calls for a long time gives collectors the very reason to call your emergency contacts. Contacting the platform yourself and keeping written records protects your family better than hiding. This is general information, not legal advice; the platform days quoted come from weak articles.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "我可以拉黑催收号码吗？",
                    "zh_hant": "我可以拉黑催收號碼嗎？",
                    "en": "Can I block collection numbers?",
                },
                "answer": {
                    "zh_hans": "可以不接，但最好同时主动联系平台的官方客服，告诉他们怎样能联系到你。完全联系不上你，按规则催收方就可以联系你的紧急联系人。",
                    "zh_hant": "可以不接，但最好同時主動聯繫平臺的官方客服，告訴他們怎樣能聯繫到你。完全聯繫不上你，按規則催收方就可以聯繫你的緊急聯繫人。",
                    "en": "You don't have to answer, but it is best to contact the platform's official customer service at the same time and tell them how to reach you. If you cannot be reached at all, the rules allow collectors to turn to your emergency contacts.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "失联以后会有人上门吗？",
                    "zh_hant": "失聯以後會有人上門嗎？",
                    "en": "If I can't be reached, will someone come to my home?",
                },
                "answer": {
                    "zh_hans": "有文章说后期外部机构可能上门。中国银行业协会指引要求上门至少2人、出示证件、全程记录，未经同意不得进入住所。受到威胁或有人强行进门，请报警（110）。",
                    "zh_hant": "有文章說後期外部機構可能上門。中國銀行業協會指引要求上門至少2人、出示證件、全程記錄，未經同意不得進入住所。受到威脅或有人強行進門，請報警（110）。",
                    "en": "Some articles say outside agencies may visit later on. The China Banking Association's guideline requires at least two staff who show their ID, recording throughout, and no entry to your home without consent. If you are threatened or someone forces their way in, call the police on 110.",
                },
            },
            {
                "order": 2,
                "question": {
                    "zh_hans": "换了手机号怎么办？",
                    "zh_hant": "換了手機號怎麼辦？",
                    "en": "What if I've changed my phone number?",
                },
                "answer": {
                    "zh_hans": "尽快在平台更新，或告诉客服新号码。平台联系不上你时，就可能去找你的紧急联系人。",
                    "zh_hant": "儘快在平臺更新，或告訴客服新號碼。平臺聯繫不上你時，就可能去找你的緊急聯繫人。",
                    "en": "Update it on the platform or give customer service the new number as soon as you can. If the platform cannot reach you, it may turn to your emergency contacts.",
                },
            },
            {**QUESTION_CALLS_TOO_MANY_OR_TOO_LATE, "order": 3},
        ],
    },
    {
        "slug": "is-it-legal-to-call-my-family",
        "kind": "faq",
        "category": "rights",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 8, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "平台给我家人打电话合法吗？家人能做什么？",
            "zh_hant": "平臺給我家人打電話合法嗎？家人能做什麼？",
            "en": "Is it legal for a platform to call my family? What can my family do?",
        },
        "intro": {
            "zh_hans": "小编导语：家人接到催收电话，往往比自己接到还难受。给家人打电话并非一律禁止，但有严格的限制。越过这些限制，家人可以拒绝、投诉，甚至起诉。",
            "zh_hant": "小編導語：家人接到催收電話，往往比自己接到還難受。給家人打電話並非一律禁止，但有嚴格的限制。越過這些限制，家人可以拒絕、投訴，甚至起訴。",
            "en": "Editor's introduction: a collection call to your family can feel worse than one to yourself. Calling them is not banned outright, but it is tightly limited, and when collectors cross the line your family can refuse, complain, or even go to court.",
        },
        "body": {
            "zh_hans": (
                "## 简短回答\n"
                "\n"
                "不是一律禁止，但只能在很窄的范围内进行。\n"
                "\n"
                "## 什么情况下可以联系\n"
                "\n"
                "- 推荐性国家标准GB/T 45251—2025：只有联系不上借款人（或借款人去世、无民事行为能力或限制民事行为能力）时，才可以联系紧急联系人，而且只能用于恢复联系或转告信息；\n"
                "- 中国银行业协会的催收指引（适用于会员银行）规定类似：例如号码无效或三次联系失败后，才可联系第三方，只能用于获取联系方式或转告信息。\n"
                "\n"
                "## 什么情况越界了\n"
                "\n"
                "- 告诉家人你欠了多少钱；\n"
                "- 要求家人替你还钱；\n"
                "- 家人拒绝后还继续打；\n"
                "- 除非另有约定，晚上22点到早上8点打电话；\n"
                "- 威胁、辱骂，冒充法院或政府，散布隐私，发布所谓的“黑名单”。\n"
                "\n"
                "## 法律上的依据\n"
                "\n"
                "- 《民法典》第1033条：没有法律依据或本人同意，不得以电话、短信、即时通讯工具、电子邮件等方式侵扰他人的私人生活；\n"
                "- 第1034条：电话号码属于个人信息；\n"
                "- 《个人信息保护法》第44条：个人有权拒绝他人处理自己的个人信息。\n"
                "\n"
                "## 家人能做什么\n"
                "\n"
                "- 明确告诉对方：“我不是担保人，请不要再联系我”；\n"
                "- 记录来电时间、号码和内容，保存截图和录音；\n"
                "- 向12378、12321等渠道投诉，受到威胁时报警（110）；\n"
                "- 必要时向法院申请责令停止侵害（《民法典》第997条）。"
            ),
            "zh_hant": (
                "## 簡短回答\n"
                "\n"
                "不是一律禁止，但只能在很窄的範圍內進行。\n"
                "\n"
                "## 什麼情況下可以聯繫\n"
                "\n"
                "- 推薦性國家標準GB/T 45251—2025：只有聯繫不上借款人（或借款人去世、無民事行為能力或限制民事行為能力）時，才可以聯繫緊急聯繫人，而且只能用於恢復聯繫或轉告信息；\n"
                "- 中國銀行業協會的催收指引（適用於會員銀行）規定類似：例如號碼無效或三次聯繫失敗後，才可聯繫第三方，只能用於獲取聯繫方式或轉告信息。\n"
                "\n"
                "## 什麼情況越界了\n"
                "\n"
                "- 告訴家人你欠了多少錢；\n"
                "- 要求家人替你還錢；\n"
                "- 家人拒絕後還繼續打；\n"
                "- 除非另有約定，晚上22點到早上8點打電話；\n"
                "- 威脅、辱罵，冒充法院或政府，散佈隱私，發佈所謂的“黑名單”。\n"
                "\n"
                "## 法律上的依據\n"
                "\n"
                "- 《民法典》第1033條：沒有法律依據或本人同意，不得以電話、短信、即時通訊工具、電子郵件等方式侵擾他人的私人生活；\n"
                "- 第1034條：電話號碼屬於個人信息；\n"
                "- 《個人信息保護法》第44條：個人有權拒絕他人處理自己的個人信息。\n"
                "\n"
                "## 家人能做什麼\n"
                "\n"
                "- 明確告訴對方：“我不是擔保人，請不要再聯繫我”；\n"
                "- 記錄來電時間、號碼和內容，保存截圖和錄音；\n"
                "- 向12378、12321等渠道投訴，受到威脅時報警（110）；\n"
                "- 必要時向法院申請責令停止侵害（《民法典》第997條）。"
            ),
            "en": (
                "## The short answer\n"
                "\n"
                "It is not banned outright, but it is only allowed within narrow limits.\n"
                "\n"
                "## When contacts may be called\n"
                "\n"
                "- The recommended national standard GB/T 45251—2025: emergency contacts may be reached only when the borrower cannot be (or has died, or lacks or has limited legal capacity), and only to restore contact or pass on a message;\n"
                "- The China Banking Association's collection guideline (for its member banks) is similar: third parties may be contacted only when, for example, the number is invalid or three attempts have failed, and only to get contact details or pass on a message.\n"
                "\n"
                "## When it crosses the line\n"
                "\n"
                "- Telling your family how much you owe;\n"
                "- Asking your family to repay for you;\n"
                "- Calling again after your family has said no;\n"
                "- Calling between 22:00 and 08:00, unless agreed otherwise;\n"
                "- Threats, insults, pretending to be a court or government office, spreading private information, or publishing so-called “blacklists”.\n"
                "\n"
                "## The legal basis\n"
                "\n"
                "- Civil Code Article 1033: without a legal basis or the person's consent, no one may disturb another's private life by phone calls, SMS, messaging apps, e-mail and the like;\n"
                "- Article 1034: a phone number is personal information;\n"
                "- Personal Information Protection Law Article 44: people have the right to refuse the handling of their personal information.\n"
                "\n"
                "## What your family can do\n"
                "\n"
                "- Say clearly: “I am not a guarantor; please don't contact me again”;\n"
                "- Note the time, number and content of each call, and keep screenshots and recordings;\n"
                "- Complain to channels such as 12378 and 12321, and call the police on 110 if threatened;\n"
                "- If needed, ask a court to order the infringement to stop (Civil Code Article 997)."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：只有联系不上你时，催收方才可以联系你的家人，而且只能请他们转告或帮忙恢复联系，不能透露欠款、不能要求他们还钱。家人可以拒绝、投诉和起诉。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：只有聯繫不上你時，催收方才可以聯繫你的家人，而且只能請他們轉告或幫忙恢復聯繫，不能透露欠款、不能要求他們還錢。家人可以拒絕、投訴和起訴。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: collectors may contact your family only when they cannot reach you, and only to pass on a message or restore contact; they may not reveal the debt or ask your family to pay. Your family can refuse, complain and sue. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "家人从来没同意当紧急联系人，平台可以打吗？",
                    "zh_hant": "家人從來沒同意當緊急聯繫人，平臺可以打嗎？",
                    "en": "My relative never agreed to be my emergency contact. Can the platform call them?",
                },
                "answer": {
                    "zh_hans": "家人的电话号码是家人的个人信息（《民法典》第1034条），处理它应当合法、正当、必要，原则上要经本人同意（第1035条）。家人可以拒绝（《个人信息保护法》第44条），在法定情形下可以要求删除（第47条）。",
                    "zh_hant": "家人的電話號碼是家人的個人信息（《民法典》第1034條），處理它應當合法、正當、必要，原則上要經本人同意（第1035條）。家人可以拒絕（《個人信息保護法》第44條），在法定情形下可以要求刪除（第47條）。",
                    "en": "Your relative's phone number is their personal information (Civil Code Article 1034). Handling it must be lawful, proper and necessary, and in principle needs their consent (Article 1035). They can refuse (Personal Information Protection Law Article 44) and, where the law allows, ask for it to be deleted (Article 47).",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "家人被骚扰，可以起诉吗？",
                    "zh_hant": "家人被騷擾，可以起訴嗎？",
                    "en": "Can my family sue if they are harassed?",
                },
                "answer": {
                    "zh_hans": "可以。据报道，已有法院认定向紧急联系人发送催收信息侵犯隐私权，并判令停止。相关依据包括《民法典》第997、1032、1183条和《个人信息保护法》第69条。具体案件请咨询律师。",
                    "zh_hant": "可以。據報道，已有法院認定向緊急聯繫人發送催收信息侵犯隱私權，並判令停止。相關依據包括《民法典》第997、1032、1183條和《個人信息保護法》第69條。具體案件請諮詢律師。",
                    "en": "Yes. Courts have reportedly found that collection messages sent to emergency contacts violated their privacy and ordered them to stop. The relevant provisions include Civil Code Articles 997, 1032 and 1183 and Article 69 of the Personal Information Protection Law. Ask a lawyer about a specific case.",
                },
            },
            {**QUESTION_CONTACT_NEED_NOT_REPAY, "order": 2},
        ],
    },
    {
        "slug": "does-emergency-contact-have-to-repay",
        "kind": "faq",
        "category": "rights",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 9, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "紧急联系人要替借款人还钱吗？",
            "zh_hant": "緊急聯繫人要替借款人還錢嗎？",
            "en": "Does an emergency contact have to repay the loan?",
        },
        "intro": {
            "zh_hans": "小编导语：“你是紧急联系人，你得负责。”很多人接到这样的电话会慌。答案很明确：紧急联系人不是担保人，没有还款义务。下面说说法律依据和一个例外。",
            "zh_hant": "小編導語：“你是緊急聯繫人，你得負責。”很多人接到這樣的電話會慌。答案很明確：緊急聯繫人不是擔保人，沒有還款義務。下面說說法律依據和一個例外。",
            "en": "Editor's introduction: “You're the emergency contact, so you're responsible.” Many people panic at a call like that. The answer is clear: an emergency contact is not a guarantor and owes nothing. Here is the legal basis, and the one exception.",
        },
        "body": {
            "zh_hans": (
                "## 不需要\n"
                "\n"
                "被填为紧急联系人，不会让你承担任何还款义务。\n"
                "\n"
                "## 法律依据\n"
                "\n"
                "- **合同只约束当事人**：《民法典》第465条规定，依法成立的合同仅对当事人具有约束力。借款合同是借款人和放款方签的，你不是当事人；\n"
                "- **担保要有书面约定**：成为保证人，需要书面的保证合同、合同中的保证条款或书面承诺（第681、685条）；\n"
                "- **加入债务要有明确意思**：第三人加入债务，需要表示愿意承担（第552条）。\n"
                "\n"
                "只是被填为紧急联系人，这些条件一个都不满足。\n"
                "\n"
                "## 一个例外：配偶\n"
                "\n"
                "按《民法典》第1064条，夫妻一方为家庭日常生活需要所负的债务，或者双方共同同意的债务，可能属于夫妻共同债务。但这是因为婚姻关系，不是因为“紧急联系人”这个身份。\n"
                "\n"
                "## 如果你真的签过担保\n"
                "\n"
                "如果你确实签过保证合同或书面承诺，情况就不同了，你可能需要承担保证责任。不确定时，请找到当时签的文件，必要时咨询律师。\n"
                "\n"
                "## 接到电话可以这样说\n"
                "\n"
                "- “我不是担保人，没有还款义务”；\n"
                "- “我可以转告他，请不要再联系我”；\n"
                "- 不要在电话里答应替人还钱，也不要提供借款人以外的其他人的信息。\n"
                "\n"
                "按推荐性国家标准GB/T 45251—2025，你拒绝或要求不再联系后，就不应再被联系，也不应被告知欠款情况。"
            ),
            "zh_hant": (
                "## 不需要\n"
                "\n"
                "被填為緊急聯繫人，不會讓你承擔任何還款義務。\n"
                "\n"
                "## 法律依據\n"
                "\n"
                "- **合同只約束當事人**：《民法典》第465條規定，依法成立的合同僅對當事人具有約束力。借款合同是借款人和放款方簽的，你不是當事人；\n"
                "- **擔保要有書面約定**：成為保證人，需要書面的保證合同、合同中的保證條款或書面承諾（第681、685條）；\n"
                "- **加入債務要有明確意思**：第三人加入債務，需要表示願意承擔（第552條）。\n"
                "\n"
                "只是被填為緊急聯繫人，這些條件一個都不滿足。\n"
                "\n"
                "## 一個例外：配偶\n"
                "\n"
                "按《民法典》第1064條，夫妻一方為家庭日常生活需要所負的債務，或者雙方共同同意的債務，可能屬於夫妻共同債務。但這是因為婚姻關係，不是因為“緊急聯繫人”這個身份。\n"
                "\n"
                "## 如果你真的簽過擔保\n"
                "\n"
                "如果你確實簽過保證合同或書面承諾，情況就不同了，你可能需要承擔保證責任。不確定時，請找到當時簽的文件，必要時諮詢律師。\n"
                "\n"
                "## 接到電話可以這樣說\n"
                "\n"
                "- “我不是擔保人，沒有還款義務”；\n"
                "- “我可以轉告他，請不要再聯繫我”；\n"
                "- 不要在電話裏答應替人還錢，也不要提供借款人以外的其他人的信息。\n"
                "\n"
                "按推薦性國家標準GB/T 45251—2025，你拒絕或要求不再聯繫後，就不應再被聯繫，也不應被告知欠款情況。"
            ),
            "en": (
                "## No\n"
                "\n"
                "Being named as someone's emergency contact does not make you liable to repay anything.\n"
                "\n"
                "## The legal basis\n"
                "\n"
                "- **A contract binds only its parties**: under Article 465 of the Civil Code, a lawfully formed contract binds only the parties to it. The loan contract is between the borrower and the lender; you are not a party;\n"
                "- **A guarantee must be in writing**: becoming a guarantor needs a written guarantee contract, a guarantee clause in a contract, or a written undertaking (Articles 681 and 685);\n"
                "- **Joining a debt needs a clear intent**: a third party joins a debt only by saying they are willing to take it on (Article 552).\n"
                "\n"
                "Simply being named as an emergency contact meets none of these conditions.\n"
                "\n"
                "## One exception: a spouse\n"
                "\n"
                "Under Civil Code Article 1064, a debt one spouse takes on for the family's everyday needs, or a debt both spouses agreed to, may be a joint marital debt. That follows from the marriage, not from being an “emergency contact”.\n"
                "\n"
                "## If you really did sign a guarantee\n"
                "\n"
                "If you did sign a guarantee contract or written undertaking, things are different and you may be liable as a guarantor. If you are unsure, find the papers you signed and, if needed, ask a lawyer.\n"
                "\n"
                "## What you can say on the phone\n"
                "\n"
                "- “I am not a guarantor and have no duty to repay”;\n"
                "- “I can pass your message on. Please don't contact me again”;\n"
                "- Don't agree on the phone to pay for someone, and don't hand over details of other people.\n"
                "\n"
                "Under the recommended national standard GB/T 45251—2025, once you refuse or ask not to be called again, you should not be contacted again, and you should not be told about the debt."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：紧急联系人不是担保人，不需要还钱；只有签过书面担保或明确表示愿意承担债务才不同。配偶可能因婚姻关系承担共同债务。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：緊急聯繫人不是擔保人，不需要還錢；只有簽過書面擔保或明確表示願意承擔債務才不同。配偶可能因婚姻關係承擔共同債務。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: an emergency contact is not a guarantor and does not have to repay; only a written guarantee or a clear promise to take on the debt changes that. A spouse may share a debt because of the marriage. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "催收说不还钱就起诉我这个联系人，是真的吗？",
                    "zh_hant": "催收說不還錢就起訴我這個聯繫人，是真的嗎？",
                    "en": "A collector says they'll sue me, the contact, if the debt isn't paid. Is that true?",
                },
                "answer": {
                    "zh_hans": "你不是借款合同的当事人，也不是担保人，没有还款义务。中国银行业协会的催收指引禁止夸大后果；这样的说法可以记录下来并投诉。",
                    "zh_hant": "你不是借款合同的當事人，也不是擔保人，沒有還款義務。中國銀行業協會的催收指引禁止誇大後果；這樣的說法可以記錄下來並投訴。",
                    "en": "You are neither a party to the loan contract nor a guarantor, so you have no duty to repay. The China Banking Association's collection guideline bans exaggerating the consequences; note down what was said and complain.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "我是借款人的父母，要还吗？",
                    "zh_hant": "我是借款人的父母，要還嗎？",
                    "en": "I'm the borrower's parent. Do I have to pay?",
                },
                "answer": {
                    "zh_hans": "不需要。亲属关系本身不产生还款义务，除非你签过书面担保，或明确表示愿意承担这笔债务。",
                    "zh_hant": "不需要。親屬關係本身不產生還款義務，除非你簽過書面擔保，或明確表示願意承擔這筆債務。",
                    "en": "No. Being related creates no duty to repay, unless you signed a written guarantee or clearly agreed to take on the debt.",
                },
            },
            {
                "order": 2,
                "question": {
                    "zh_hans": "我是借款人的配偶呢？",
                    "zh_hant": "我是借款人的配偶呢？",
                    "en": "What if I'm the borrower's spouse?",
                },
                "answer": {
                    "zh_hans": "要看情况。按《民法典》第1064条，为家庭日常生活需要所负的债务，或夫妻双方共同同意的债务，可能是共同债务。具体情况建议咨询律师。",
                    "zh_hant": "要看情況。按《民法典》第1064條，為家庭日常生活需要所負的債務，或夫妻雙方共同同意的債務，可能是共同債務。具體情況建議諮詢律師。",
                    "en": "It depends. Under Civil Code Article 1064, a debt for the family's everyday needs, or one both spouses agreed to, may be a joint debt. For your own case, it is best to ask a lawyer.",
                },
            },
        ],
    },
    {
        "slug": "when-overdue-shows-on-credit-report",
        "kind": "faq",
        "category": "credit-report",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 10, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "逾期多久会上征信？记录会保留多久？",
            "zh_hant": "逾期多久會上徵信？記錄會保留多久？",
            "en": "When does an overdue loan show on my credit report, and for how long?",
        },
        "intro": {
            "zh_hans": "小编导语：“逾期几天会上征信？”这是最常见的问题之一。答案可能让人意外：没有全国统一的天数。但有几条规则是确定的。",
            "zh_hant": "小編導語：“逾期幾天會上徵信？”這是最常見的問題之一。答案可能讓人意外：沒有全國統一的天數。但有幾條規則是確定的。",
            "en": "Editor's introduction: “How many days overdue before it shows on my credit report?” is one of the most common questions. The answer may surprise you: there is no national number. But a few rules are certain.",
        },
        "body": {
            "zh_hans": (
                "## 没有统一的“逾期N天上报”\n"
                "\n"
                "什么时候出现在中国人民银行的征信报告上，要看放款方的宽限期和报送周期。很多信用卡有1至3天的宽限期，有的放款方没有宽限期。网上“逾期X天必上征信”的说法，我们没有找到依据。\n"
                "\n"
                "## 《征信业管理条例》的规定\n"
                "\n"
                "- **第15条**：向征信机构报送你的不良信息之前，应当事先告知你；\n"
                "- **第16条**：不良信息保存5年，从不良行为**结束**之日起算，而不是从开始逾期的那天起算。也就是说，还清之后再开始计算；\n"
                "- **第17条**：每人每年可以免费查询两次自己的信用报告。\n"
                "\n"
                "## 记录有错怎么办\n"
                "\n"
                "- 向征信机构或放款方提出异议，对方应当在20日内核查并书面答复（第25条）；\n"
                "- 也可以向当地的人民银行分支机构投诉，对方应在30日内书面答复，或者向法院起诉（第26条）。\n"
                "\n"
                "## 2025年底的一次性信用修复\n"
                "\n"
                "中国人民银行于2025年12月22日宣布：2020年1月1日至2025年12月31日期间发生的逾期，单笔金额不超过1万元，只要在2026年3月31日前全部还清，就不予展示，不需要申请。\n"
                "\n"
                "- 2025年11月30日前已还清的，从2026年1月1日起不再展示；\n"
                "- 2025年12月1日至2026年3月31日期间还清的，在还清后的次月底前不再展示。\n"
                "\n"
                "注意：这是“不展示”，不是删除，而且只针对人民银行的征信系统。还款截止日2026年3月31日已经过去。"
            ),
            "zh_hant": (
                "## 沒有統一的“逾期N天上報”\n"
                "\n"
                "什麼時候出現在中國人民銀行的徵信報告上，要看放款方的寬限期和報送週期。很多信用卡有1至3天的寬限期，有的放款方沒有寬限期。網上“逾期X天必上徵信”的說法，我們沒有找到依據。\n"
                "\n"
                "## 《徵信業管理條例》的規定\n"
                "\n"
                "- **第15條**：向徵信機構報送你的不良信息之前，應當事先告知你；\n"
                "- **第16條**：不良信息保存5年，從不良行為**結束**之日起算，而不是從開始逾期的那天起算。也就是說，還清之後再開始計算；\n"
                "- **第17條**：每人每年可以免費查詢兩次自己的信用報告。\n"
                "\n"
                "## 記錄有錯怎麼辦\n"
                "\n"
                "- 向徵信機構或放款方提出異議，對方應當在20日內核查並書面答覆（第25條）；\n"
                "- 也可以向當地的人民銀行分支機構投訴，對方應在30日內書面答覆，或者向法院起訴（第26條）。\n"
                "\n"
                "## 2025年底的一次性信用修復\n"
                "\n"
                "中國人民銀行於2025年12月22日宣佈：2020年1月1日至2025年12月31日期間發生的逾期，單筆金額不超過1萬元，只要在2026年3月31日前全部還清，就不予展示，不需要申請。\n"
                "\n"
                "- 2025年11月30日前已還清的，從2026年1月1日起不再展示；\n"
                "- 2025年12月1日至2026年3月31日期間還清的，在還清後的次月底前不再展示。\n"
                "\n"
                "注意：這是“不展示”，不是刪除，而且只針對人民銀行的徵信系統。還款截止日2026年3月31日已經過去。"
            ),
            "en": (
                "## There is no national “reported after N days” rule\n"
                "\n"
                "When a debt appears on your People's Bank of China credit report depends on the lender's grace period and reporting cycle. Many credit cards give 1–3 days' grace; some lenders give none. We found no basis for the claims online that a debt “always” goes on the report after a set number of days.\n"
                "\n"
                "## What the Credit Reporting Industry Regulation says\n"
                "\n"
                "- **Article 15**: you must be told before negative information about you is reported to a credit bureau;\n"
                "- **Article 16**: negative information is kept for 5 years from the day the negative behaviour **ends**, not from the day you first fell behind. In other words, the clock starts once you have paid;\n"
                "- **Article 17**: everyone can check their own credit report free of charge twice a year.\n"
                "\n"
                "## If the record is wrong\n"
                "\n"
                "- Raise an objection with the credit bureau or the lender; they must check and answer in writing within 20 days (Article 25);\n"
                "- You can also complain to the local branch of the People's Bank of China, which must answer in writing within 30 days, or go to court (Article 26).\n"
                "\n"
                "## The one-off credit repair at the end of 2025\n"
                "\n"
                "On 22 December 2025 the People's Bank of China announced that overdue items arising between 1 January 2020 and 31 December 2025, each of no more than ¥10,000, would not be displayed once fully repaid by 31 March 2026. No application was needed.\n"
                "\n"
                "- Repaid by 30 November 2025: hidden from 1 January 2026;\n"
                "- Repaid between 1 December 2025 and 31 March 2026: hidden by the end of the month after repayment.\n"
                "\n"
                "Note that the items are hidden, not deleted, and only in the People's Bank of China system. The repayment deadline of 31 March 2026 has now passed."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：上征信没有统一天数，报送前应当告知你；不良记录从还清之日起保存5年；有错可以提出异议，20日内应有书面答复。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：上徵信沒有統一天數，報送前應當告知你；不良記錄從還清之日起保存5年；有錯可以提出異議，20日內應有書面答覆。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: there is no fixed day for credit reporting, and you must be told first; negative records stay for 5 years from when you pay; mistakes can be challenged, with a written answer due within 20 days. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "逾期记录会保留多久？",
                    "zh_hant": "逾期記錄會保留多久？",
                    "en": "How long does an overdue record stay?",
                },
                "answer": {
                    "zh_hans": "5年，从不良行为结束之日起算（《征信业管理条例》第16条）。一直不还，记录就一直在；还清之后才开始计算5年。",
                    "zh_hant": "5年，從不良行為結束之日起算（《徵信業管理條例》第16條）。一直不還，記錄就一直在；還清之後才開始計算5年。",
                    "en": "Five years from the day the negative behaviour ends (Article 16 of the Credit Reporting Industry Regulation). While the debt is unpaid the record stays; the five years only start once you pay.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "2025年底的信用修复需要申请或找人代办吗？",
                    "zh_hant": "2025年底的信用修復需要申請或找人代辦嗎？",
                    "en": "Did the end-of-2025 credit repair need an application or an agent?",
                },
                "answer": {
                    "zh_hans": "不需要申请，所以也不需要付钱请任何人代办。符合条件的逾期（2020年至2025年间发生、单笔不超过1万元、2026年3月31日前还清）自动不予展示。",
                    "zh_hant": "不需要申請，所以也不需要付錢請任何人代辦。符合條件的逾期（2020年至2025年間發生、單筆不超過1萬元、2026年3月31日前還清）自動不予展示。",
                    "en": "No application was needed, so there was no reason to pay anyone to handle it. Qualifying items (arising in 2020–2025, no more than ¥10,000 each, repaid by 31 March 2026) were hidden automatically.",
                },
            },
            {
                "order": 2,
                "question": {
                    "zh_hans": "被“不予展示”的记录是被删除了吗？",
                    "zh_hant": "被“不予展示”的記錄是被刪除了嗎？",
                    "en": "Were the hidden records deleted?",
                },
                "answer": {
                    "zh_hans": "不是。它们只是不再展示，而且只在人民银行的征信系统中不展示。",
                    "zh_hant": "不是。它們只是不再展示，而且只在人民銀行的徵信系統中不展示。",
                    "en": "No. They are just no longer displayed, and only in the People's Bank of China credit system.",
                },
            },
            {
                "order": 3,
                "question": {
                    "zh_hans": "怎样查自己的信用报告？",
                    "zh_hant": "怎樣查自己的信用報告？",
                    "en": "How can I check my credit report?",
                },
                "answer": {
                    "zh_hans": "按《征信业管理条例》第17条，每人每年可以免费查询两次自己的信用报告。",
                    "zh_hant": "按《徵信業管理條例》第17條，每人每年可以免費查詢兩次自己的信用報告。",
                    "en": "Under Article 17 of the Credit Reporting Industry Regulation, you can check your own credit report free of charge twice a year.",
                },
            },
        ],
    },
    {
        "slug": "negotiate-extension-or-instalments",
        "kind": "faq",
        "category": "dealing-with-debt",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 11, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "还不上钱，能和平台协商延期或分期吗？",
            "zh_hant": "還不上錢，能和平臺協商延期或分期嗎？",
            "en": "Can I negotiate an extension or an instalment plan with the lender?",
        },
        "intro": {
            "zh_hans": "小编导语：暂时还不上，躲不是办法。越早主动沟通，选择往往越多，家人朋友也越少被打扰。下面是协商前后可以做的准备。",
            "zh_hant": "小編導語：暫時還不上，躲不是辦法。越早主動溝通，選擇往往越多，家人朋友也越少被打擾。下面是協商前後可以做的準備。",
            "en": "Editor's introduction: if you can't pay for now, hiding won't help. The earlier you speak up, the more options you tend to have, and the less your family and friends are disturbed. Here is how to prepare.",
        },
        "body": {
            "zh_hans": (
                "## 可以试，越早越好\n"
                "\n"
                "我们看过的文章都建议：尽早主动联系放款方，说明情况，请求延期或分期。能不能谈成、条件如何，取决于放款方，我们无法保证。但主动沟通至少能让对方联系得上你，这也减少了打给紧急联系人的理由。\n"
                "\n"
                "## 协商前先准备\n"
                "\n"
                "- 算清楚：欠了多少、每月收入和必要支出是多少、每月实际能还多少；\n"
                "- 准备能说明困难的材料，例如失业、生病、收入下降的证明；\n"
                "- 想好你能接受的方案，比如延后几个月、分成几期。\n"
                "\n"
                "## 怎么谈\n"
                "\n"
                "- 只通过官方渠道：平台App、官方客服电话或官方网站上公布的联系方式；\n"
                "- 说清楚原因和你能做到的金额，不要承诺做不到的事；\n"
                "- 谈好的结果，请对方用短信、App消息等书面方式确认，并保存下来；\n"
                "- 问清楚协商后的还款会如何报送征信。\n"
                "\n"
                "## 需要注意\n"
                "\n"
                "- 中国银行业协会的催收指引（适用于会员银行）禁止催收方诱导借款人另行借款来还债，也禁止收取额外费用；\n"
                "- 保持手机号码有效，告诉平台方便联系你的时间；\n"
                "- 提前告诉你的紧急联系人，你正在处理这件事；\n"
                "- 如果催收越界，可以一边协商，一边投诉。"
            ),
            "zh_hant": (
                "## 可以試，越早越好\n"
                "\n"
                "我們看過的文章都建議：儘早主動聯繫放款方，說明情況，請求延期或分期。能不能談成、條件如何，取決於放款方，我們無法保證。但主動溝通至少能讓對方聯繫得上你，這也減少了打給緊急聯繫人的理由。\n"
                "\n"
                "## 協商前先準備\n"
                "\n"
                "- 算清楚：欠了多少、每月收入和必要支出是多少、每月實際能還多少；\n"
                "- 準備能說明困難的材料，例如失業、生病、收入下降的證明；\n"
                "- 想好你能接受的方案，比如延後幾個月、分成幾期。\n"
                "\n"
                "## 怎麼談\n"
                "\n"
                "- 只通過官方渠道：平臺App、官方客服電話或官方網站上公佈的聯繫方式；\n"
                "- 說清楚原因和你能做到的金額，不要承諾做不到的事；\n"
                "- 談好的結果，請對方用短信、App消息等書面方式確認，並保存下來；\n"
                "- 問清楚協商後的還款會如何報送徵信。\n"
                "\n"
                "## 需要注意\n"
                "\n"
                "- 中國銀行業協會的催收指引（適用於會員銀行）禁止催收方誘導借款人另行借款來還債，也禁止收取額外費用；\n"
                "- 保持手機號碼有效，告訴平臺方便聯繫你的時間；\n"
                "- 提前告訴你的緊急聯繫人，你正在處理這件事；\n"
                "- 如果催收越界，可以一邊協商，一邊投訴。"
            ),
            "en": (
                "## It's worth trying, and the earlier the better\n"
                "\n"
                "The articles we read all give the same advice: contact the lender early, explain your situation, and ask for an extension or instalments. Whether you get a deal, and on what terms, is up to the lender; we can't promise anything. But speaking up at least means they can reach you, which also removes a reason to call your emergency contacts.\n"
                "\n"
                "## Before you negotiate\n"
                "\n"
                "- Do the sums: how much you owe, your monthly income and essential spending, and what you can really pay each month;\n"
                "- Gather papers that show your difficulty, such as proof of job loss, illness or lower income;\n"
                "- Decide what you could accept, for example a delay of a few months or a set number of instalments.\n"
                "\n"
                "## How to negotiate\n"
                "\n"
                "- Use official channels only: the lender's app, its official customer-service line, or contact details published on its official website;\n"
                "- Explain the reason and the amount you can manage; don't promise what you can't do;\n"
                "- Ask for whatever you agree to be confirmed in writing, by SMS or in-app message, and keep it;\n"
                "- Ask how repayments under the new plan will be reported to the credit bureau.\n"
                "\n"
                "## Things to keep in mind\n"
                "\n"
                "- The China Banking Association's collection guideline (for its member banks) forbids collectors to push borrowers into borrowing elsewhere to repay, and forbids extra fees;\n"
                "- Keep your phone number current and tell the lender when it suits you to be called;\n"
                "- Let your emergency contacts know you are dealing with it;\n"
                "- If collection crosses the line, you can complain while you negotiate."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：尽早通过官方渠道协商延期或分期，准备好收支情况，谈成的结果要书面确认。是否同意由放款方决定。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：儘早通過官方渠道協商延期或分期，準備好收支情況，談成的結果要書面確認。是否同意由放款方決定。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: ask for an extension or instalments early and through official channels, bring your numbers, and get any agreement in writing. Whether to agree is the lender's decision. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "协商期间还会被催收吗？",
                    "zh_hant": "協商期間還會被催收嗎？",
                    "en": "Will collection continue while I negotiate?",
                },
                "answer": {
                    "zh_hans": "可能仍会收到提醒。请对方书面确认协商结果和新的还款日，收到催收时可以出示这个确认。",
                    "zh_hant": "可能仍會收到提醒。請對方書面確認協商結果和新的還款日，收到催收時可以出示這個確認。",
                    "en": "You may still get reminders. Ask for the agreement and the new due dates in writing, and point to that confirmation if collectors contact you.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "协商成功后，征信会怎样？",
                    "zh_hant": "協商成功後，徵信會怎樣？",
                    "en": "What happens to my credit report if we reach a deal?",
                },
                "answer": {
                    "zh_hans": "没有全国统一的规定，要看放款方如何报送。协商时直接问清楚，并请对方书面确认。",
                    "zh_hant": "沒有全國統一的規定，要看放款方如何報送。協商時直接問清楚，並請對方書面確認。",
                    "en": "There is no national rule; it depends on how the lender reports. Ask about it directly while negotiating and get the answer in writing.",
                },
            },
            {
                "order": 2,
                "question": {
                    "zh_hans": "催收让我去别的平台借钱来还，要听吗？",
                    "zh_hant": "催收讓我去別的平臺借錢來還，要聽嗎？",
                    "en": "A collector told me to borrow from another platform to pay. Should I?",
                },
                "answer": {
                    "zh_hans": "不要因为催收压力去借新还旧。中国银行业协会的催收指引明确禁止诱导借款人这样做，遇到这种情况可以投诉。",
                    "zh_hant": "不要因為催收壓力去借新還舊。中國銀行業協會的催收指引明確禁止誘導借款人這樣做，遇到這種情況可以投訴。",
                    "en": "Don't take out a new loan to pay an old one because a collector pushes you. The China Banking Association's collection guideline explicitly forbids such pressure, and you can complain about it.",
                },
            },
        ],
    },
    {
        "slug": "what-collectors-may-and-may-not-do",
        "kind": "rights",
        "category": "rights",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 12, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "催收可以做什么、不可以做什么？",
            "zh_hant": "催收可以做什麼、不可以做什麼？",
            "en": "What may debt collectors do, and what may they not do?",
        },
        "intro": {
            "zh_hans": "小编导语：催收有规矩。现在最常被引用的是2025年的国家标准和2026年初中国银行业协会的指引。知道这些规矩，你就知道什么时候可以说“不”。",
            "zh_hant": "小編導語：催收有規矩。現在最常被引用的是2025年的國家標準和2026年初中國銀行業協會的指引。知道這些規矩，你就知道什麼時候可以說“不”。",
            "en": "Editor's introduction: debt collection has rules. The ones cited most today are a 2025 national standard and a China Banking Association guideline from early 2026. Knowing them tells you when you can say no.",
        },
        "body": {
            "zh_hans": (
                "## 国家标准GB/T 45251—2025\n"
                "\n"
                "《互联网金融 个人网络消费信贷 贷后催收风控指引》于2025年2月28日发布并实施。它是推荐性标准（GB/T），本身不强制，但被合同、监管规定或放款方自己的声明采用后就要遵守；中国互联网金融协会称它是判断违规催收的权威标尺。要点：\n"
                "\n"
                "- 只向借款人本人催收，不向紧急联系人催收；\n"
                "- 只有在联系不上借款人，或借款人去世、无民事行为能力或限制民事行为能力时，才可以联系紧急联系人，而且只能用来恢复联系或转告信息；\n"
                "- 不得向联系人透露欠款信息；联系人拒绝或要求不再联系后，不得再联系；\n"
                "- 除非另有约定，晚上22点到早上8点不得催收；\n"
                "- AI等交互式语音催收，每天与同一借款人有效接通不超过3次。\n"
                "\n"
                "这些规则的具体条款编号我们尚未核实。\n"
                "\n"
                "## 中国银行业协会的催收指引\n"
                "\n"
                "《金融机构个人消费类贷款催收工作指引（试行）》于2026年1月30日发布，属于行业自律规范（试行），适用于会员银行的信用卡和消费贷款，共7章54条，不是法规。要点：\n"
                "\n"
                "- 未经借款人同意，晚上22点到早上8点不得电话、上门或以其他方式催收；\n"
                "- 对同一号码未接通的拨打，每天不宜超过6次（另有约定的除外）；\n"
                "- 不向无关第三方催收；只有联系不上借款人时才可联系第三方，只能获取联系方式或转告信息，不得透露欠款，对方反对后不再联系；\n"
                "- 禁止公开张贴、冒充法院或政府、散布隐私、制作虚假“黑名单”、夸大后果、收取额外费用、诱导借款人另行借款；\n"
                "- 外包催收机构要列入公布的名单，每年检查；上门至少2人、出示证件、全程记录，未经同意不得进入住所。\n"
                "\n"
                "## 两个次数上限不要混淆\n"
                "\n"
                "国家标准的“3次”指每天与借款人**有效接通**的语音催收；银行业协会的“6次”指对同一号码**未接通**的拨打。借款人同意的，时间和次数限制可以放宽。\n"
                "\n"
                "## 其他规定\n"
                "\n"
                "《商业银行信用卡业务监督管理办法》（2011年）第68条要求只向持卡人和担保人催收，不得向无关第三方催收，不得使用暴力、胁迫、威胁或侮辱，并对催收过程录音、记录保存至少2年。"
            ),
            "zh_hant": (
                "## 國家標準GB/T 45251—2025\n"
                "\n"
                "《互聯網金融 個人網絡消費信貸 貸後催收風控指引》於2025年2月28日發佈並實施。它是推薦性標準（GB/T），本身不強制，但被合同、監管規定或放款方自己的聲明採用後就要遵守；中國互聯網金融協會稱它是判斷違規催收的權威標尺。要點：\n"
                "\n"
                "- 只向借款人本人催收，不向緊急聯繫人催收；\n"
                "- 只有在聯繫不上借款人，或借款人去世、無民事行為能力或限制民事行為能力時，才可以聯繫緊急聯繫人，而且只能用來恢復聯繫或轉告信息；\n"
                "- 不得向聯繫人透露欠款信息；聯繫人拒絕或要求不再聯繫後，不得再聯繫；\n"
                "- 除非另有約定，晚上22點到早上8點不得催收；\n"
                "- AI等交互式語音催收，每天與同一借款人有效接通不超過3次。\n"
                "\n"
                "這些規則的具體條款編號我們尚未核實。\n"
                "\n"
                "## 中國銀行業協會的催收指引\n"
                "\n"
                "《金融機構個人消費類貸款催收工作指引（試行）》於2026年1月30日發佈，屬於行業自律規範（試行），適用於會員銀行的信用卡和消費貸款，共7章54條，不是法規。要點：\n"
                "\n"
                "- 未經借款人同意，晚上22點到早上8點不得電話、上門或以其他方式催收；\n"
                "- 對同一號碼未接通的撥打，每天不宜超過6次（另有約定的除外）；\n"
                "- 不向無關第三方催收；只有聯繫不上借款人時才可聯繫第三方，只能獲取聯繫方式或轉告信息，不得透露欠款，對方反對後不再聯繫；\n"
                "- 禁止公開張貼、冒充法院或政府、散佈隱私、製作虛假“黑名單”、誇大後果、收取額外費用、誘導借款人另行借款；\n"
                "- 外包催收機構要列入公佈的名單，每年檢查；上門至少2人、出示證件、全程記錄，未經同意不得進入住所。\n"
                "\n"
                "## 兩個次數上限不要混淆\n"
                "\n"
                "國家標準的“3次”指每天與借款人**有效接通**的語音催收；銀行業協會的“6次”指對同一號碼**未接通**的撥打。借款人同意的，時間和次數限制可以放寬。\n"
                "\n"
                "## 其他規定\n"
                "\n"
                "《商業銀行信用卡業務監督管理辦法》（2011年）第68條要求只向持卡人和擔保人催收，不得向無關第三方催收，不得使用暴力、脅迫、威脅或侮辱，並對催收過程錄音、記錄保存至少2年。"
            ),
            "en": (
                "## National standard GB/T 45251—2025\n"
                "\n"
                "The standard on post-loan collection risk control for personal online consumer credit (《互联网金融 个人网络消费信贷 贷后催收风控指引》) was issued and took effect on 28 February 2025. It is a recommended standard (GB/T): not binding in itself, but it must be followed once a contract, a regulation or the lender's own declaration adopts it. The National Internet Finance Association of China calls it the authoritative yardstick for abusive collection. Key points:\n"
                "\n"
                "- Collect from the borrower only, not from emergency contacts;\n"
                "- Contacts may be reached only when the borrower cannot be, or has died, or lacks or has limited legal capacity, and only to restore contact or pass on a message;\n"
                "- Contacts must not be told about the debt, and a contact who refuses or asks not to be called again must not be contacted again;\n"
                "- Unless agreed otherwise, no collection between 22:00 and 08:00;\n"
                "- Interactive voice collection, AI included: at most 3 connected calls a day with the same borrower.\n"
                "\n"
                "We have not yet confirmed the clause numbers of these rules.\n"
                "\n"
                "## The China Banking Association guideline\n"
                "\n"
                "The association's guideline on collecting personal consumer loans (《金融机构个人消费类贷款催收工作指引（试行）》) was published on 30 January 2026. It is industry self-regulation on a trial basis, covering member banks' credit cards and consumer loans, with 7 chapters and 54 articles; it is not a regulation. Key points:\n"
                "\n"
                "- Without the borrower's consent, no calls, visits or other collection between 22:00 and 08:00;\n"
                "- Unanswered attempts to one number should not exceed 6 a day, unless agreed otherwise;\n"
                "- No collection from unrelated third parties; they may be contacted only when the borrower cannot be reached, only to get contact details or pass on a message, must never be told about the debt, and must not be contacted again if they object;\n"
                "- No public notices, no pretending to be a court or government office, no spreading private information, no fake “blacklists”, no exaggerated consequences, no extra fees, and no pushing borrowers to borrow elsewhere;\n"
                "- Outside agencies must be on a published approved list and inspected every year; home visits need at least two staff showing ID, recording throughout, and no entry without consent.\n"
                "\n"
                "## Don't mix up the two call limits\n"
                "\n"
                "The national standard's “3” counts **connected** voice-collection calls with the borrower each day; the banking association's “6” counts **unanswered** attempts to one number. If the borrower agrees, the hours and the limits can be relaxed.\n"
                "\n"
                "## Other rules\n"
                "\n"
                "The 2011 rules on supervising commercial banks' credit-card business (《商业银行信用卡业务监督管理办法》), Article 68, say banks may collect only from the cardholder and guarantor, not from unrelated third parties, may not use violence, coercion, threats or insults, and must record collection and keep records for at least 2 years."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：只向借款人本人催收；联系不上你时才可找联系人，且不得透露欠款；晚上22点到早上8点不催收；两个次数上限算法不同。国家标准是推荐性的，银行业协会指引是行业自律。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：只向借款人本人催收；聯繫不上你時才可找聯繫人，且不得透露欠款；晚上22點到早上8點不催收；兩個次數上限算法不同。國家標準是推薦性的，銀行業協會指引是行業自律。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: collect from the borrower only; contacts only when you can't be reached, and never told the debt; no collection from 22:00 to 08:00; the two call limits count different things. The national standard is recommended and the banking association's guideline is self-regulation. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "国家标准GB/T 45251—2025是强制的吗？",
                    "zh_hant": "國家標準GB/T 45251—2025是強制的嗎？",
                    "en": "Is the national standard GB/T 45251—2025 mandatory?",
                },
                "answer": {
                    "zh_hans": "它是推荐性标准，本身不强制；但被合同、监管规定或放款方自己的声明采用后，就要遵守。中国互联网金融协会称它是判断违规催收的权威标尺。",
                    "zh_hant": "它是推薦性標準，本身不強制；但被合同、監管規定或放款方自己的聲明採用後，就要遵守。中國互聯網金融協會稱它是判斷違規催收的權威標尺。",
                    "en": "It is a recommended standard and not binding in itself, but it must be followed once a contract, a regulation or the lender's own declaration adopts it. The National Internet Finance Association of China calls it the authoritative yardstick for abusive collection.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "催收一天最多能打几次？",
                    "zh_hant": "催收一天最多能打幾次？",
                    "en": "How many collection calls a day are allowed?",
                },
                "answer": {
                    "zh_hans": "看是哪条规则：国家标准规定AI等交互式语音催收每天与同一借款人有效接通不超过3次；银行业协会指引规定对同一号码未接通的拨打每天不宜超过6次。借款人同意的除外。",
                    "zh_hant": "看是哪條規則：國家標準規定AI等交互式語音催收每天與同一借款人有效接通不超過3次；銀行業協會指引規定對同一號碼未接通的撥打每天不宜超過6次。借款人同意的除外。",
                    "en": "It depends on the rule. The national standard allows at most 3 connected interactive voice calls (AI included) a day with the same borrower; the banking association's guideline says unanswered attempts to one number should not exceed 6 a day. Both can be relaxed with the borrower's consent.",
                },
            },
            {
                "order": 2,
                "question": {
                    "zh_hans": "晚上几点以后不能催收？",
                    "zh_hant": "晚上幾點以後不能催收？",
                    "en": "What time at night must collection stop?",
                },
                "answer": {
                    "zh_hans": "两份文件都规定，除非借款人同意或另有约定，晚上22点到早上8点不得催收。",
                    "zh_hant": "兩份文件都規定，除非借款人同意或另有約定，晚上22點到早上8點不得催收。",
                    "en": "Both documents say there should be no collection between 22:00 and 08:00 unless the borrower agrees or it was agreed otherwise.",
                },
            },
            {
                "order": 3,
                "question": {
                    "zh_hans": "上门催收有什么要求？",
                    "zh_hant": "上門催收有什麼要求？",
                    "en": "What are the rules for home visits?",
                },
                "answer": {
                    "zh_hans": "按中国银行业协会指引：至少2人、出示证件、全程记录，未经同意不得进入住所。有人强行进门或威胁你，请报警（110）。",
                    "zh_hant": "按中國銀行業協會指引：至少2人、出示證件、全程記錄，未經同意不得進入住所。有人強行進門或威脅你，請報警（110）。",
                    "en": "Under the China Banking Association's guideline: at least two staff, ID shown, recording throughout, and no entry to your home without consent. If someone forces their way in or threatens you, call the police on 110.",
                },
            },
        ],
    },
    {
        "slug": "emergency-contact-rights",
        "kind": "rights",
        "category": "rights",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 13, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "被填为紧急联系人，我有哪些权利？",
            "zh_hant": "被填為緊急聯繫人，我有哪些權利？",
            "en": "I've been named as an emergency contact. What are my rights?",
        },
        "intro": {
            "zh_hans": "小编导语：朋友或亲戚借钱时填了你的号码，现在催收电话打到了你这里。你没有还款义务，而且法律保护你的私人生活和个人信息。",
            "zh_hant": "小編導語：朋友或親戚借錢時填了你的號碼，現在催收電話打到了你這裏。你沒有還款義務，而且法律保護你的私人生活和個人信息。",
            "en": "Editor's introduction: a friend or relative gave your number when they borrowed, and now the collection calls are coming to you. You owe nothing, and the law protects your private life and your personal information.",
        },
        "body": {
            "zh_hans": (
                "## 你的位置\n"
                "\n"
                "紧急联系人不是借款合同的当事人，也不是担保人，没有还款义务（《民法典》第465、681、685条）。按推荐性国家标准GB/T 45251—2025，只有联系不上借款人时，催收方才可以联系你，而且只能请你帮忙恢复联系或转告信息，不得告诉你欠款情况。你拒绝或要求不再联系后，就不应再被联系。\n"
                "\n"
                "## 隐私和个人信息：法律怎么说\n"
                "\n"
                "- 《民法典》第1032条：自然人享有隐私权，包括私人生活安宁；\n"
                "- 第1033条：没有法律依据或本人同意，不得以电话、短信、即时通讯工具、电子邮件等方式侵扰他人的私人生活；\n"
                "- 第1034条：电话号码属于个人信息；\n"
                "- 第1035条：处理个人信息应当合法、正当、必要，原则上需要本人同意；\n"
                "- 第1038条：不得泄露个人信息；\n"
                "- 第997条：正在受到侵害时，可以申请法院责令停止；\n"
                "- 《个人信息保护法》第44条：你有权拒绝他人处理你的个人信息；第47条：法定情形下可以要求删除；第65条：可以向主管部门投诉举报；第69条：处理个人信息侵害权益造成损害的，处理者不能证明自己没有过错就要承担责任。\n"
                "\n"
                "## 你可以怎么做\n"
                "\n"
                "- 第一次接到电话，就清楚地说：“我不是担保人，没有还款义务，请不要再联系我。”\n"
                "- 如果愿意，可以转告借款人，这是规则允许的目的；\n"
                "- 记录每次来电和短信：时间、号码、内容，保存截图和录音；\n"
                "- 对方继续打、透露欠款、威胁或辱骂，可以向放款方投诉，再向12378（银行、消费金融公司、小额贷款公司等）、12321（骚扰电话、个人信息泄露）投诉；受到威胁请报警（110）；\n"
                "- 情节严重的，可以考虑起诉。据报道，已有法院认定向紧急联系人发送催收信息侵犯隐私权并判令停止。"
            ),
            "zh_hant": (
                "## 你的位置\n"
                "\n"
                "緊急聯繫人不是借款合同的當事人，也不是擔保人，沒有還款義務（《民法典》第465、681、685條）。按推薦性國家標準GB/T 45251—2025，只有聯繫不上借款人時，催收方才可以聯繫你，而且只能請你幫忙恢復聯繫或轉告信息，不得告訴你欠款情況。你拒絕或要求不再聯繫後，就不應再被聯繫。\n"
                "\n"
                "## 隱私和個人信息：法律怎麼說\n"
                "\n"
                "- 《民法典》第1032條：自然人享有隱私權，包括私人生活安寧；\n"
                "- 第1033條：沒有法律依據或本人同意，不得以電話、短信、即時通訊工具、電子郵件等方式侵擾他人的私人生活；\n"
                "- 第1034條：電話號碼屬於個人信息；\n"
                "- 第1035條：處理個人信息應當合法、正當、必要，原則上需要本人同意；\n"
                "- 第1038條：不得泄露個人信息；\n"
                "- 第997條：正在受到侵害時，可以申請法院責令停止；\n"
                "- 《個人信息保護法》第44條：你有權拒絕他人處理你的個人信息；第47條：法定情形下可以要求刪除；第65條：可以向主管部門投訴舉報；第69條：處理個人信息侵害權益造成損害的，處理者不能證明自己沒有過錯就要承擔責任。\n"
                "\n"
                "## 你可以怎麼做\n"
                "\n"
                "- 第一次接到電話，就清楚地說：“我不是擔保人，沒有還款義務，請不要再聯繫我。”\n"
                "- 如果願意，可以轉告借款人，這是規則允許的目的；\n"
                "- 記錄每次來電和短信：時間、號碼、內容，保存截圖和錄音；\n"
                "- 對方繼續打、透露欠款、威脅或辱罵，可以向放款方投訴，再向12378（銀行、消費金融公司、小額貸款公司等）、12321（騷擾電話、個人信息泄露）投訴；受到威脅請報警（110）；\n"
                "- 情節嚴重的，可以考慮起訴。據報道，已有法院認定向緊急聯繫人發送催收信息侵犯隱私權並判令停止。"
            ),
            "en": (
                "## Where you stand\n"
                "\n"
                "An emergency contact is neither a party to the loan contract nor a guarantor, and owes nothing (Civil Code Articles 465, 681 and 685). Under the recommended national standard GB/T 45251—2025, collectors may contact you only when they cannot reach the borrower, and only to ask you to help restore contact or pass on a message. They must not tell you about the debt. Once you refuse or ask not to be called again, you should not be contacted again.\n"
                "\n"
                "## Privacy and personal information: what the law says\n"
                "\n"
                "- Civil Code Article 1032: everyone has a right to privacy, including a peaceful private life;\n"
                "- Article 1033: without a legal basis or your consent, no one may disturb your private life by phone calls, SMS, messaging apps, e-mail and the like;\n"
                "- Article 1034: a phone number is personal information;\n"
                "- Article 1035: handling personal information must be lawful, proper and necessary, and in principle needs the person's consent;\n"
                "- Article 1038: personal information must not be leaked;\n"
                "- Article 997: while an infringement is going on, you can ask a court to order it to stop;\n"
                "- Personal Information Protection Law Article 44: you may refuse the handling of your personal information; Article 47: you can ask for deletion where the law allows; Article 65: you can complain to the authorities; Article 69: if handling personal information harms your rights, the handler is liable unless it can prove it was not at fault.\n"
                "\n"
                "## What you can do\n"
                "\n"
                "- The first time you are called, say clearly: “I am not a guarantor, I owe nothing, please don't contact me again.”\n"
                "- If you are willing, pass the message on to the borrower; that is a purpose the rules allow;\n"
                "- Keep a record of every call and message: time, number and content, with screenshots and recordings;\n"
                "- If they keep calling, reveal the debt, threaten or insult you, complain to the lender first and then to 12378 (banks, consumer-finance and micro-lending companies, among others) or 12321 (harassing calls, personal-data leaks); call the police on 110 if threatened;\n"
                "- In serious cases you can consider going to court. Courts have reportedly found collection messages to emergency contacts to infringe privacy and ordered them stopped."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：紧急联系人没有还款义务，可以拒绝继续被联系；催收方不得向你透露欠款、侵扰你的生活。记录证据，先投诉，必要时报警或起诉。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：緊急聯繫人沒有還款義務，可以拒絕繼續被聯繫；催收方不得向你透露欠款、侵擾你的生活。記錄證據，先投訴，必要時報警或起訴。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: an emergency contact owes nothing and can refuse further calls; collectors may not reveal the debt to you or disturb your life. Keep evidence, complain first, and call the police or go to court if needed. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "我能要求平台删除我的电话号码吗？",
                    "zh_hant": "我能要求平臺刪除我的電話號碼嗎？",
                    "en": "Can I ask the platform to delete my phone number?",
                },
                "answer": {
                    "zh_hans": "可以提出。《个人信息保护法》第44条给了你拒绝处理的权利，第47条规定在法定情形下可以要求删除。请用书面方式提出并保存记录。",
                    "zh_hant": "可以提出。《個人信息保護法》第44條給了你拒絕處理的權利，第47條規定在法定情形下可以要求刪除。請用書面方式提出並保存記錄。",
                    "en": "You can ask. Article 44 of the Personal Information Protection Law lets you refuse the handling of your information, and Article 47 allows deletion where the law provides for it. Ask in writing and keep a copy.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "我可以不接催收电话吗？",
                    "zh_hant": "我可以不接催收電話嗎？",
                    "en": "Can I just not answer collection calls?",
                },
                "answer": {
                    "zh_hans": "可以。你没有义务接听或配合催收。明确拒绝一次并留下记录，之后对方再联系你，就可以作为投诉的证据。",
                    "zh_hant": "可以。你沒有義務接聽或配合催收。明確拒絕一次並留下記錄，之後對方再聯繫你，就可以作為投訴的證據。",
                    "en": "Yes. You have no duty to answer or help with collection. Refuse clearly once and keep a record; if they contact you again after that, it is evidence for a complaint.",
                },
            },
            {
                "order": 2,
                "question": {
                    "zh_hans": "对方把借款人欠多少钱告诉了我，这样合规吗？",
                    "zh_hant": "對方把借款人欠多少錢告訴了我，這樣合規嗎？",
                    "en": "The collector told me how much the borrower owes. Is that allowed?",
                },
                "answer": {
                    "zh_hans": "不合规。GB/T 45251—2025和中国银行业协会指引都规定不得向联系人透露欠款信息。记下时间和内容，可以投诉。",
                    "zh_hant": "不合規。GB/T 45251—2025和中國銀行業協會指引都規定不得向聯繫人透露欠款信息。記下時間和內容，可以投訴。",
                    "en": "No. Both GB/T 45251—2025 and the China Banking Association's guideline say contacts must not be told about the debt. Note the time and what was said, and complain.",
                },
            },
        ],
    },
    {
        "slug": "where-to-complain-about-collection",
        "kind": "rights",
        "category": "rights",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 14, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "催收越界了，去哪里投诉？",
            "zh_hant": "催收越界了，去哪裏投訴？",
            "en": "Collection crossed the line. Where can I complain?",
        },
        "intro": {
            "zh_hans": "小编导语：投诉渠道不少，但各管各的。找对渠道，事情才会被处理。下面按问题类型列出官方渠道，以及每个渠道管什么。",
            "zh_hant": "小編導語：投訴渠道不少，但各管各的。找對渠道，事情才會被處理。下面按問題類型列出官方渠道，以及每個渠道管什麼。",
            "en": "Editor's introduction: there are plenty of complaint channels, but each has its own remit, and only the right one will act on your complaint. Here are the official channels by type of problem, and what each one handles.",
        },
        "body": {
            "zh_hans": (
                "## 先向放款方投诉\n"
                "\n"
                "大多数渠道都希望你先向机构本身投诉（12363对此说得很明确）。通过官方客服提出，并保存投诉记录和对方的答复。\n"
                "\n"
                "## 官方渠道和它们管什么\n"
                "\n"
                "- **12378（国家金融监督管理总局）**：银行、保险公司、消费金融公司、小额贷款公司等，包括不当催收。投诉会转给当地部门处理，一般约15个工作日答复；\n"
                "- **12363（中国人民银行）**：支付结算、征信、货币、外汇和跨行业产品等。2023年6月2日的公告表示其受理范围“暂时”不变；\n"
                "- **中国互联网金融协会举报平台**：互联网金融违规行为，需要实名，每天最多举报5次；\n"
                "- **12321（中国互联网协会，受工业和信息化部委托）**：垃圾短信、骚扰或诈骗电话、个人信息泄露；\n"
                "- **110或当地派出所**：威胁、暴力、强行进入住所；\n"
                "- **12345（地方政府服务热线）**：一般性问题。它对催收投诉的受理范围，我们没有找到资料；\n"
                "- **法院**：申请责令停止侵害、要求赔偿（《民法典》第997、1032、1183条，《个人信息保护法》第69条）；\n"
                "- **征信异议**：征信报告有错，可向征信机构或放款方提出异议，20日内应书面答复；也可向当地人民银行分支机构投诉或起诉（《征信业管理条例》第25、26条）。\n"
                "\n"
                "## 投诉前准备\n"
                "\n"
                "- 每次来电、短信的时间、号码和内容；\n"
                "- 截图、录音、通话记录；\n"
                "- 借款平台的名称和你的借款信息；\n"
                "- 你希望的结果，例如停止联系家人、停止夜间来电。"
            ),
            "zh_hant": (
                "## 先向放款方投訴\n"
                "\n"
                "大多數渠道都希望你先向機構本身投訴（12363對此說得很明確）。通過官方客服提出，並保存投訴記錄和對方的答覆。\n"
                "\n"
                "## 官方渠道和它們管什麼\n"
                "\n"
                "- **12378（國家金融監督管理總局）**：銀行、保險公司、消費金融公司、小額貸款公司等，包括不當催收。投訴會轉給當地部門處理，一般約15個工作日答覆；\n"
                "- **12363（中國人民銀行）**：支付結算、徵信、貨幣、外匯和跨行業產品等。2023年6月2日的公告表示其受理範圍“暫時”不變；\n"
                "- **中國互聯網金融協會舉報平臺**：互聯網金融違規行為，需要實名，每天最多舉報5次；\n"
                "- **12321（中國互聯網協會，受工業和信息化部委託）**：垃圾短信、騷擾或詐騙電話、個人信息泄露；\n"
                "- **110或當地派出所**：威脅、暴力、強行進入住所；\n"
                "- **12345（地方政府服務熱線）**：一般性問題。它對催收投訴的受理範圍，我們沒有找到資料；\n"
                "- **法院**：申請責令停止侵害、要求賠償（《民法典》第997、1032、1183條，《個人信息保護法》第69條）；\n"
                "- **徵信異議**：徵信報告有錯，可向徵信機構或放款方提出異議，20日內應書面答覆；也可向當地人民銀行分支機構投訴或起訴（《徵信業管理條例》第25、26條）。\n"
                "\n"
                "## 投訴前準備\n"
                "\n"
                "- 每次來電、短信的時間、號碼和內容；\n"
                "- 截圖、錄音、通話記錄；\n"
                "- 借款平臺的名稱和你的借款信息；\n"
                "- 你希望的結果，例如停止聯繫家人、停止夜間來電。"
            ),
            "en": (
                "## Complain to the lender first\n"
                "\n"
                "Most channels expect you to complain to the institution itself first (12363 says so plainly). Do it through official customer service and keep a record of the complaint and the reply.\n"
                "\n"
                "## Official channels and what they handle\n"
                "\n"
                "- **12378 (National Financial Regulatory Administration)**: banks, insurers, consumer-finance companies, micro-lending companies and others, including improper collection. Complaints are referred to local offices, with a reply in about 15 working days;\n"
                "- **12363 (People's Bank of China)**: payments and settlement, credit reporting, currency, foreign exchange and cross-sector products. An announcement on 2 June 2023 kept its scope unchanged “for now”;\n"
                "- **National Internet Finance Association of China reporting platform**: misconduct in internet finance; real name required, at most 5 reports a day;\n"
                "- **12321 (Internet Society of China, on behalf of the Ministry of Industry and Information Technology)**: spam SMS, harassing or fraudulent calls, personal-data leaks;\n"
                "- **110 or the local police station**: threats, violence, someone forcing their way into your home;\n"
                "- **12345 (local government hotline)**: general matters. We have found no source on whether it handles collection complaints;\n"
                "- **Courts**: orders to stop an infringement and claims for damages (Civil Code Articles 997, 1032 and 1183; Personal Information Protection Law Article 69);\n"
                "- **Credit-report objections**: if your credit report is wrong, object to the credit bureau or the lender, who must answer in writing within 20 days; or complain to the local People's Bank of China branch, or go to court (Credit Reporting Industry Regulation Articles 25 and 26).\n"
                "\n"
                "## Before you complain, gather\n"
                "\n"
                "- The time, number and content of every call and message;\n"
                "- Screenshots, recordings and call logs;\n"
                "- The platform's name and your loan details;\n"
                "- What you want to happen, such as no more calls to your family or no calls at night."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：先向放款方投诉；不当催收找12378，征信和支付问题找12363，骚扰电话和信息泄露找12321，威胁和暴力打110。保存好证据。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：先向放款方投訴；不當催收找12378，徵信和支付問題找12363，騷擾電話和信息泄露找12321，威脅和暴力打110。保存好證據。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: complain to the lender first; take improper collection to 12378, credit-reporting and payment issues to 12363, harassing calls and data leaks to 12321, and threats or violence to 110. Keep your evidence. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "应该先打哪个电话？",
                    "zh_hant": "應該先打哪個電話？",
                    "en": "Which number should I call first?",
                },
                "answer": {
                    "zh_hans": "先向放款方的官方客服投诉。没有解决的，再按问题类型找渠道：不当催收找12378，骚扰电话找12321，受到威胁直接打110。",
                    "zh_hant": "先向放款方的官方客服投訴。沒有解決的，再按問題類型找渠道：不當催收找12378，騷擾電話找12321，受到威脅直接打110。",
                    "en": "Start with the lender's official customer service. If that doesn't fix it, pick the channel by problem: improper collection to 12378, harassing calls to 12321, and threats straight to 110.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "催收威胁我，可以报警吗？",
                    "zh_hant": "催收威脅我，可以報警嗎？",
                    "en": "A collector threatened me. Can I call the police?",
                },
                "answer": {
                    "zh_hans": "可以。威胁、暴力、强行进入住所，请拨打110或到当地派出所报案，并带上录音、截图等证据。",
                    "zh_hant": "可以。威脅、暴力、強行進入住所，請撥打110或到當地派出所報案，並帶上錄音、截圖等證據。",
                    "en": "Yes. For threats, violence or someone forcing their way into your home, call 110 or go to your local police station, and bring recordings, screenshots and other evidence.",
                },
            },
            {
                "order": 2,
                "question": {
                    "zh_hans": "投诉12378多久会有答复？",
                    "zh_hant": "投訴12378多久會有答覆？",
                    "en": "How long does 12378 take to reply?",
                },
                "answer": {
                    "zh_hans": "据现有资料，投诉会转给当地部门处理，一般约15个工作日答复。这个时间来自一般报道，可能有变化。",
                    "zh_hant": "據現有資料，投訴會轉給當地部門處理，一般約15個工作日答覆。這個時間來自一般報道，可能有變化。",
                    "en": "From what we know, complaints are referred to local offices and usually answered in about 15 working days. That figure comes from general reports and may change.",
                },
            },
        ],
    },
    {
        "slug": "criminal-law-and-soft-violence",
        "kind": "rights",
        "category": "rights",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 15, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "催收什么时候可能违法甚至犯罪？",
            "zh_hant": "催收什麼時候可能違法甚至犯罪？",
            "en": "When can debt collection become unlawful, or even a crime?",
        },
        "intro": {
            "zh_hans": "小编导语：欠钱要还，但催收不能用暴力、威胁和骚扰。刑法和治安管理处罚法对越界的催收都有规定，“软暴力”也不例外。",
            "zh_hant": "小編導語：欠錢要還，但催收不能用暴力、威脅和騷擾。刑法和治安管理處罰法對越界的催收都有規定，“軟暴力”也不例外。",
            "en": "Editor's introduction: debts should be repaid, but collection may not use violence, threats or harassment. Both the Criminal Law and the Public Security Administration Punishments Law deal with collection that crosses the line, and so-called “soft violence” is no exception.",
        },
        "body": {
            "zh_hans": (
                "## 刑法的相关规定\n"
                "\n"
                "- **第293条之一（催收非法债务罪，2021年3月1日起施行）**：以暴力、胁迫、限制人身自由、侵入住宅、恐吓、跟踪、骚扰等方式催收高利放贷等产生的**非法债务**，情节严重的，最高可处3年有期徒刑。注意：这一条只针对非法债务；\n"
                "- **第293条（寻衅滋事罪）**：用恶劣手段催收合法债务，也可能构成寻衅滋事，最高可处5年有期徒刑；\n"
                "- **第238条第3款（非法拘禁罪）**：为索取债务而扣押、拘禁他人；\n"
                "- **第253条之一（侵犯公民个人信息罪）**：出售或者非法获取公民个人信息。\n"
                "\n"
                "## 治安管理处罚法\n"
                "\n"
                "按2012年版《治安管理处罚法》第42条，写恐吓信或以其他方法威胁他人人身安全，或多次发送侮辱、恐吓等信息干扰他人正常生活的，处5日以下拘留或500元以下罚款；情节较重的，处5日以上10日以下拘留。修订后的法律于2026年1月1日起施行，新的条文号我们尚未核实。\n"
                "\n"
                "## 什么是“软暴力”\n"
                "\n"
                "2019年四部门关于“软暴力”的意见，把滋扰、纠缠、曝光隐私等行为列入，无论通过电话还是网络实施。\n"
                "\n"
                "## 遇到了怎么办\n"
                "\n"
                "- 人身安全受到威胁，立即拨打110；\n"
                "- 保存证据：录音、截图、通话记录、来电号码；\n"
                "- 同时向放款方和金融监管渠道投诉（例如12378）；\n"
                "- 是否构成犯罪，由公安、检察机关和法院认定；需要时咨询律师。"
            ),
            "zh_hant": (
                "## 刑法的相關規定\n"
                "\n"
                "- **第293條之一（催收非法債務罪，2021年3月1日起施行）**：以暴力、脅迫、限制人身自由、侵入住宅、恐嚇、跟蹤、騷擾等方式催收高利放貸等產生的**非法債務**，情節嚴重的，最高可處3年有期徒刑。注意：這一條只針對非法債務；\n"
                "- **第293條（尋釁滋事罪）**：用惡劣手段催收合法債務，也可能構成尋釁滋事，最高可處5年有期徒刑；\n"
                "- **第238條第3款（非法拘禁罪）**：為索取債務而扣押、拘禁他人；\n"
                "- **第253條之一（侵犯公民個人信息罪）**：出售或者非法獲取公民個人信息。\n"
                "\n"
                "## 治安管理處罰法\n"
                "\n"
                "按2012年版《治安管理處罰法》第42條，寫恐嚇信或以其他方法威脅他人人身安全，或多次發送侮辱、恐嚇等信息干擾他人正常生活的，處5日以下拘留或500元以下罰款；情節較重的，處5日以上10日以下拘留。修訂後的法律於2026年1月1日起施行，新的條文號我們尚未核實。\n"
                "\n"
                "## 什麼是“軟暴力”\n"
                "\n"
                "2019年四部門關於“軟暴力”的意見，把滋擾、糾纏、曝光隱私等行為列入，無論通過電話還是網絡實施。\n"
                "\n"
                "## 遇到了怎麼辦\n"
                "\n"
                "- 人身安全受到威脅，立即撥打110；\n"
                "- 保存證據：錄音、截圖、通話記錄、來電號碼；\n"
                "- 同時向放款方和金融監管渠道投訴（例如12378）；\n"
                "- 是否構成犯罪，由公安、檢察機關和法院認定；需要時諮詢律師。"
            ),
            "en": (
                "## What the Criminal Law says\n"
                "\n"
                "- **Article 293-1 (collecting illegal debts, in force since 1 March 2021)**: using violence, coercion, restriction of liberty, entering a home, intimidation, following or harassment to collect **illegal debts**, such as those from usurious lending, can bring up to 3 years' imprisonment in serious cases. Note that this article covers illegal debts only;\n"
                "- **Article 293 (picking quarrels and provoking trouble)**: abusive collection of a lawful debt can fall under this article, with up to 5 years' imprisonment;\n"
                "- **Article 238, paragraph 3 (illegal detention)**: holding someone to force repayment of a debt;\n"
                "- **Article 253-1 (infringing citizens' personal information)**: selling or illegally obtaining personal information.\n"
                "\n"
                "## The Public Security Administration Punishments Law\n"
                "\n"
                "Under Article 42 of the 2012 version of this law, threatening someone's safety, for example in writing, or repeatedly sending insulting or threatening messages that disrupt someone's life, can bring up to 5 days' detention or a fine of up to ¥500; in more serious cases, 5 to 10 days' detention. A revised law took effect on 1 January 2026; we have not yet confirmed its new article number.\n"
                "\n"
                "## What “soft violence” means\n"
                "\n"
                "A 2019 opinion from four authorities on “soft violence” covers harassment, pestering and exposing private information, whether by phone or online.\n"
                "\n"
                "## What to do\n"
                "\n"
                "- If your safety is threatened, call 110 at once;\n"
                "- Keep evidence: recordings, screenshots, call logs and the numbers that called;\n"
                "- Complain to the lender and through financial-regulation channels (such as 12378) at the same time;\n"
                "- Whether something is a crime is for the police, prosecutors and courts to decide; ask a lawyer if you need to."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：暴力、威胁、骚扰式催收可能违反治安管理处罚法，严重的可能构成犯罪；第293条之一只针对非法债务，合法债务的恶劣催收可能适用其他罪名。遇到威胁先报警、留证据。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：暴力、威脅、騷擾式催收可能違反治安管理處罰法，嚴重的可能構成犯罪；第293條之一只針對非法債務，合法債務的惡劣催收可能適用其他罪名。遇到威脅先報警、留證據。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: violent, threatening or harassing collection can break the Public Security Administration Punishments Law, and serious cases can be crimes; Article 293-1 covers illegal debts only, while abusive collection of lawful debts may fall under other articles. If threatened, call the police and keep evidence. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "我借的是正规贷款，第293条之一还适用吗？",
                    "zh_hant": "我借的是正規貸款，第293條之一還適用嗎？",
                    "en": "My loan is a lawful one. Does Article 293-1 still apply?",
                },
                "answer": {
                    "zh_hans": "第293条之一只针对非法债务。但合法债务的催收如果用了恶劣手段，仍可能涉及寻衅滋事（第293条）、非法拘禁（第238条）或侵犯公民个人信息（第253条之一），也可能违反治安管理处罚法。",
                    "zh_hant": "第293條之一只針對非法債務。但合法債務的催收如果用了惡劣手段，仍可能涉及尋釁滋事（第293條）、非法拘禁（第238條）或侵犯公民個人信息（第253條之一），也可能違反治安管理處罰法。",
                    "en": "Article 293-1 covers illegal debts only. But abusive collection of a lawful debt can still fall under Article 293 (provoking trouble), Article 238 (illegal detention) or Article 253-1 (personal information), or break the Public Security Administration Punishments Law.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "催收把我的欠款发给通讯录里的人，算违法吗？",
                    "zh_hant": "催收把我的欠款發給通訊錄裏的人，算違法嗎？",
                    "en": "A collector sent my debt details to people in my contacts. Is that unlawful?",
                },
                "answer": {
                    "zh_hans": "这违反了不得向第三方透露欠款的催收规则，也可能侵犯隐私和个人信息（《民法典》第1032、1038条）。曝光隐私属于“软暴力”的一种；如果个人信息是非法获取或出售的，还可能涉及刑法第253条之一。请保存证据并报警或投诉。",
                    "zh_hant": "這違反了不得向第三方透露欠款的催收規則，也可能侵犯隱私和個人信息（《民法典》第1032、1038條）。曝光隱私屬於“軟暴力”的一種；如果個人信息是非法獲取或出售的，還可能涉及刑法第253條之一。請保存證據並報警或投訴。",
                    "en": "It breaks the collection rules against telling third parties about a debt, and may infringe privacy and personal-information rights (Civil Code Articles 1032 and 1038). Exposing private information is a form of “soft violence”, and if the data was obtained or sold illegally, Criminal Law Article 253-1 may apply. Keep the evidence and go to the police or complain.",
                },
            },
            {
                "order": 2,
                "question": {
                    "zh_hans": "报警时要准备什么？",
                    "zh_hant": "報警時要準備什麼？",
                    "en": "What should I bring when I report to the police?",
                },
                "answer": {
                    "zh_hans": "来电号码、时间、录音、短信和聊天截图，以及威胁或骚扰的具体内容。越具体越好。",
                    "zh_hant": "來電號碼、時間、錄音、短信和聊天截圖，以及威脅或騷擾的具體內容。越具體越好。",
                    "en": "The numbers, times, recordings, SMS and chat screenshots, and exactly what the threats or harassment said. The more specific, the better.",
                },
            },
        ],
    },
    {
        "slug": "collection-myths-corrected",
        "kind": "rights",
        "category": "rights",
        "platforms": ["zhihuixing", "xingtu-renxingdai", "ant-jiebei", "haofenqi", "alipay"],
        "published_at": datetime.datetime(2026, 11, 16, 9, 0, tzinfo=SHANGHAI),
        "status": "published",
        "last_reviewed": datetime.date(2026, 11, 23),
        "byline": {
            "zh_hans": "编辑部",
            "zh_hant": "編輯部",
            "en": "Editorial team",
        },
        "title": {
            "zh_hans": "关于逾期和催收的几个常见误区",
            "zh_hant": "關於逾期和催收的幾個常見誤區",
            "en": "Common myths about overdue loans and collection",
        },
        "intro": {
            "zh_hans": "小编导语：网上关于逾期的文章很多，有些说法会让人更害怕，却站不住脚。我们挑出几个常见的，逐一说明。",
            "zh_hant": "小編導語：網上關於逾期的文章很多，有些說法會讓人更害怕，卻站不住腳。我們挑出幾個常見的，逐一說明。",
            "en": "Editor's introduction: the web is full of articles about overdue loans, and some of their claims make people more frightened without being true. Here are a few common ones, one by one.",
        },
        "body": {
            "zh_hans": (
                "## 误区一：平台会把你拉进“失信名单”\n"
                "\n"
                "不对。失信被执行人名单由法院决定，针对的是法院执行案件中的被执行人。借款平台自己无权把任何人列入。中国银行业协会的催收指引还明确禁止制作虚假“黑名单”、夸大后果。\n"
                "\n"
                "## 误区二：紧急联系人要替你还钱\n"
                "\n"
                "不对。紧急联系人不是担保人，也不是借款合同的当事人（《民法典》第465、681、685条）。只有配偶可能因婚姻关系承担共同债务（第1064条）。\n"
                "\n"
                "## 误区三：逾期第X天一定会打给家人\n"
                "\n"
                "不对。网上各篇文章的说法从第4天到第30天不等，互相矛盾，都没有出处。规则的关键是：只有联系不上你时，才可以联系紧急联系人。\n"
                "\n"
                "## 误区四：逾期X天一定上征信\n"
                "\n"
                "不对。没有全国统一的天数，要看放款方的宽限期和报送周期；报送不良信息前应当告知你（《征信业管理条例》第15条）。\n"
                "\n"
                "## 误区五：“逾期三个月后回收率不到10%，所以……”\n"
                "\n"
                "这类统计数字在网上流传，但我们没有找到任何出处，所以不引用，也不建议据此做决定。\n"
                "\n"
                "## 误区六：催收说什么都得照办\n"
                "\n"
                "不对。你可以要求对方按规则行事：\n"
                "\n"
                "- 除非另有约定，晚上22点到早上8点不催收；\n"
                "- 不骚扰、不威胁、不辱骂；\n"
                "- 不冒充法院或政府；\n"
                "- 不向你的联系人透露欠款。\n"
                "\n"
                "越界了，可以投诉或报警。"
            ),
            "zh_hant": (
                "## 誤區一：平臺會把你拉進“失信名單”\n"
                "\n"
                "不對。失信被執行人名單由法院決定，針對的是法院執行案件中的被執行人。借款平臺自己無權把任何人列入。中國銀行業協會的催收指引還明確禁止製作虛假“黑名單”、誇大後果。\n"
                "\n"
                "## 誤區二：緊急聯繫人要替你還錢\n"
                "\n"
                "不對。緊急聯繫人不是擔保人，也不是借款合同的當事人（《民法典》第465、681、685條）。只有配偶可能因婚姻關係承擔共同債務（第1064條）。\n"
                "\n"
                "## 誤區三：逾期第X天一定會打給家人\n"
                "\n"
                "不對。網上各篇文章的說法從第4天到第30天不等，互相矛盾，都沒有出處。規則的關鍵是：只有聯繫不上你時，才可以聯繫緊急聯繫人。\n"
                "\n"
                "## 誤區四：逾期X天一定上徵信\n"
                "\n"
                "不對。沒有全國統一的天數，要看放款方的寬限期和報送週期；報送不良信息前應當告知你（《徵信業管理條例》第15條）。\n"
                "\n"
                "## 誤區五：“逾期三個月後回收率不到10%，所以……”\n"
                "\n"
                "這類統計數字在網上流傳，但我們沒有找到任何出處，所以不引用，也不建議據此做決定。\n"
                "\n"
                "## 誤區六：催收說什麼都得照辦\n"
                "\n"
                "不對。你可以要求對方按規則行事：\n"
                "\n"
                "- 除非另有約定，晚上22點到早上8點不催收；\n"
                "- 不騷擾、不威脅、不辱罵；\n"
                "- 不冒充法院或政府；\n"
                "- 不向你的聯繫人透露欠款。\n"
                "\n"
                "越界了，可以投訴或報警。"
            ),
            "en": (
                "## Myth 1: the platform will put you on a “blacklist”\n"
                "\n"
                "False. The list of defaulting judgment debtors (失信被执行人) is decided by a court, and only covers people against whom a court is enforcing a judgment. A lending platform has no power to put anyone on it. The China Banking Association's collection guideline also explicitly bans fake “blacklists” and exaggerated consequences.\n"
                "\n"
                "## Myth 2: your emergency contact must repay for you\n"
                "\n"
                "False. An emergency contact is neither a guarantor nor a party to the loan contract (Civil Code Articles 465, 681 and 685). Only a spouse may share a debt, because of the marriage (Article 1064).\n"
                "\n"
                "## Myth 3: your family will definitely be called on day X\n"
                "\n"
                "False. Web articles give anything from day 4 to day 30; they contradict each other and cite nothing. The key rule is that emergency contacts may be reached only when you cannot be.\n"
                "\n"
                "## Myth 4: after X days it definitely goes on your credit report\n"
                "\n"
                "False. There is no national number of days; it depends on the lender's grace period and reporting cycle, and you must be told before negative information is reported (Credit Reporting Industry Regulation Article 15).\n"
                "\n"
                "## Myth 5: “under 10% is recovered after three months, so…”\n"
                "\n"
                "Figures like this circulate online, but we have found no source for them, so we don't repeat them and don't suggest basing any decision on them.\n"
                "\n"
                "## Myth 6: you have to do whatever a collector says\n"
                "\n"
                "False. You can insist that they follow the rules:\n"
                "\n"
                "- no collection from 22:00 to 08:00 unless agreed otherwise;\n"
                "- no harassment, threats or insults;\n"
                "- no pretending to be a court or government office;\n"
                "- no telling your contacts about the debt.\n"
                "\n"
                "If they cross the line, complain or call the police."
            ),
        },
        "summary": {
            "zh_hans": "小编总结：平台不能把你列入失信名单，只有法院能；紧急联系人不用还钱；联系家人和上征信都没有统一的天数；来历不明的统计数字不要轻信。本文是一般信息，不是法律意见。",
            "zh_hant": "小編總結：平臺不能把你列入失信名單，只有法院能；緊急聯繫人不用還錢；聯繫家人和上徵信都沒有統一的天數；來歷不明的統計數字不要輕信。本文是一般信息，不是法律意見。",
            "en": "Editor's summary: a platform cannot put you on the defaulters' list, only a court can; emergency contacts don't have to pay; there is no fixed day for calling family or for credit reporting; and figures of unknown origin deserve no trust. This is general information, not legal advice.",
        },
        "questions": [
            {
                "order": 0,
                "question": {
                    "zh_hans": "催收说要把我列入失信名单，我该怎么办？",
                    "zh_hant": "催收說要把我列入失信名單，我該怎麼辦？",
                    "en": "A collector says I'll be put on the defaulters' list. What should I do?",
                },
                "answer": {
                    "zh_hans": "平台无权这样做，失信被执行人名单只有法院才能决定。这种说法属于夸大后果，可以记录下来向放款方和12378投诉。",
                    "zh_hant": "平臺無權這樣做，失信被執行人名單只有法院才能決定。這種說法屬於誇大後果，可以記錄下來向放款方和12378投訴。",
                    "en": "The platform has no power to do that; only a court decides who goes on the list of defaulting judgment debtors. Claims like this exaggerate the consequences; note them down and complain to the lender and to 12378.",
                },
            },
            {
                "order": 1,
                "question": {
                    "zh_hans": "为什么你们不给出回收率之类的统计？",
                    "zh_hant": "為什麼你們不給出回收率之類的統計？",
                    "en": "Why don't you give statistics such as recovery rates?",
                },
                "answer": {
                    "zh_hans": "因为我们没有找到可靠的出处。没有来源的数字，我们宁可不写。",
                    "zh_hant": "因為我們沒有找到可靠的出處。沒有來源的數字，我們寧可不寫。",
                    "en": "Because we have not found a reliable source. We would rather leave out a figure than print one without a source.",
                },
            },
        ],
    },
]
