"""Demo site texts (disclaimer, rules panel, complaint channels).

Every text is a dict with the keys zh_hans, zh_hant and en. Facts are restated from the project's research notes;
platform figures come from weak, unsourced web articles and say so. The loader is
demo_content/management/commands/load_demo_content.py.
"""

SITE_TEXTS = [
    {
        "key": "disclaimer",
        "title": {
            "zh_hans": "免责声明",
            "zh_hant": "免責聲明",
            "en": "Disclaimer",
        },
        "body": {
            "zh_hans": "本站提供的是一般信息，**不是法律意见**。各平台的催收时间线来自可靠性低、互相矛盾的网络文章，只能作粗略参考。遇到具体纠纷，请咨询律师，或向主管部门投诉。",
            "zh_hant": "本站提供的是一般信息，**不是法律意見**。各平臺的催收時間線來自可靠性低、互相矛盾的網絡文章，只能作粗略參考。遇到具體糾紛，請諮詢律師，或向主管部門投訴。",
            "en": "This site offers general information, **not legal advice**. The platform collection timelines come from weak web articles that contradict each other, so treat them as a rough guide only. For a specific dispute, ask a lawyer or complain to the authorities.",
        },
    },
    {
        "key": "contact_rules",
        "title": {
            "zh_hans": "规则怎么说",
            "zh_hant": "規則怎麼說",
            "en": "What the rules allow",
        },
        "body": {
            "zh_hans": (
                "按国家标准GB/T 45251—2025：\n"
                "\n"
                "- 只有**联系不上借款人**时，才可以联系紧急联系人；\n"
                "- 联系紧急联系人只能用于**恢复联系或转告信息**；\n"
                "- **不得告诉**紧急联系人欠款情况；\n"
                "- 紧急联系人可以拒绝，拒绝或要求不再联系后，**不得再联系**；\n"
                "- 除非另有约定，晚上**22点到早上8点**不得催收。\n"
                "\n"
                "紧急联系人不是担保人，**没有还款义务**。\n"
                "\n"
                "注意：GB/T 45251—2025是推荐性国家标准，本身不强制，但被合同、监管规定或放款方自己的声明采用后就要遵守。"
            ),
            "zh_hant": (
                "按國家標準GB/T 45251—2025：\n"
                "\n"
                "- 只有**聯繫不上借款人**時，才可以聯繫緊急聯繫人；\n"
                "- 聯繫緊急聯繫人只能用於**恢復聯繫或轉告信息**；\n"
                "- **不得告訴**緊急聯繫人欠款情況；\n"
                "- 緊急聯繫人可以拒絕，拒絕或要求不再聯繫後，**不得再聯繫**；\n"
                "- 除非另有約定，晚上**22點到早上8點**不得催收。\n"
                "\n"
                "緊急聯繫人不是擔保人，**沒有還款義務**。\n"
                "\n"
                "注意：GB/T 45251—2025是推薦性國家標準，本身不強制，但被合同、監管規定或放款方自己的聲明採用後就要遵守。"
            ),
            "en": (
                "Under the national standard GB/T 45251—2025:\n"
                "\n"
                "- Emergency contacts may be reached only when **the borrower cannot be**;\n"
                "- They may be contacted only **to restore contact or pass on a message**;\n"
                "- They **must not be told** about the debt;\n"
                "- They can refuse, and once they refuse or ask not to be called again, they **must not be contacted again**;\n"
                "- Unless agreed otherwise, there is no collection between **22:00 and 08:00**.\n"
                "\n"
                "An emergency contact is not a guarantor and **owes nothing**.\n"
                "\n"
                "Note: GB/T 45251—2025 is a recommended national standard. It is not binding in itself, but it must be followed once a contract, a regulation or the lender's own declaration adopts it."
            ),
        },
    },
    {
        "key": "complaints",
        "title": {
            "zh_hans": "去哪里投诉",
            "zh_hant": "去哪裏投訴",
            "en": "Where to complain",
        },
        "body": {
            "zh_hans": (
                "先向放款方的官方客服投诉，并保存记录。没有解决的：\n"
                "\n"
                "- **12378**（国家金融监督管理总局）：银行、消费金融公司、小额贷款公司等的不当催收；\n"
                "- **12363**（中国人民银行）：征信、支付结算等问题；\n"
                "- **中国互联网金融协会举报平台**：互联网金融违规行为（实名）；\n"
                "- **12321**：骚扰电话、垃圾短信、个人信息泄露；\n"
                "- **110**：威胁、暴力、强行进入住所；\n"
                "- **12345**：地方政府服务热线（是否受理催收投诉，我们没有找到资料）；\n"
                "- **法院**：要求停止侵害、赔偿损失；\n"
                "- **征信异议**：征信报告有错时，向征信机构或放款方提出。"
            ),
            "zh_hant": (
                "先向放款方的官方客服投訴，並保存記錄。沒有解決的：\n"
                "\n"
                "- **12378**（國家金融監督管理總局）：銀行、消費金融公司、小額貸款公司等的不當催收；\n"
                "- **12363**（中國人民銀行）：徵信、支付結算等問題；\n"
                "- **中國互聯網金融協會舉報平臺**：互聯網金融違規行為（實名）；\n"
                "- **12321**：騷擾電話、垃圾短信、個人信息泄露；\n"
                "- **110**：威脅、暴力、強行進入住所；\n"
                "- **12345**：地方政府服務熱線（是否受理催收投訴，我們沒有找到資料）；\n"
                "- **法院**：要求停止侵害、賠償損失；\n"
                "- **徵信異議**：徵信報告有錯時，向徵信機構或放款方提出。"
            ),
            "en": (
                "Complain to the lender's official customer service first, and keep a record. If that doesn't settle it:\n"
                "\n"
                "- **12378** (National Financial Regulatory Administration): improper collection by banks, consumer-finance and micro-lending companies and others;\n"
                "- **12363** (People's Bank of China): credit reporting, payments and settlement;\n"
                "- **National Internet Finance Association of China reporting platform**: misconduct in internet finance (real name required);\n"
                "- **12321**: harassing calls, spam SMS, personal-data leaks;\n"
                "- **110**: threats, violence, someone forcing their way into your home;\n"
                "- **12345**: local government hotline (we have found no source on whether it handles collection complaints);\n"
                "- **Courts**: orders to stop an infringement, and damages;\n"
                "- **Credit-report objections**: if your report is wrong, object to the credit bureau or the lender."
            ),
        },
    },
]
