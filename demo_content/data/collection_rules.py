"""Demo collection rules (rights.CollectionRule, with their sources and change notes), in three languages.

Reviewed on 2026-12-04 against the project's research notes on consumer rights: the laws were checked against their
primary texts; the national standard GB/T 45251—2025 is a recommended standard whose rules are known from the
internet-finance association's statement and press reports; the banking association's 2026 guideline is known only
from press reports, so every entry of it is "reported, not confirmed from the text". No clause number is given that is
not confirmed. The loader is demo_content/management/commands/load_demo_content.py (matched by slug).
"""

# ruff: noqa: E501

COLLECTION_RULES = [
    {
        "slug": "civil-code-1033",
        "order": 10,
        "weight": "law",
        "confirmation": "confirmed",
        "instrument_date": "2020-05-28",
        "title": {
            "zh_hans": "不得以电话、短信等打扰他人私人生活",
            "zh_hant": "不得以電話、短信等打擾他人私人生活",
            "en": "No disturbing someone's private life by calls and messages",
        },
        "says": {
            "zh_hans": "除法律另有规定或者权利人明确同意外，任何组织或者个人不得以电话、短信、即时通讯工具、电子邮件等方式侵扰他人的私人生活安宁。",
            "zh_hant": "除法律另有規定或者權利人明確同意外，任何組織或者個人不得以電話、短信、即時通訊工具、電子郵件等方式侵擾他人的私人生活安寧。",
            "en": "Unless the law provides otherwise or the person clearly agrees, no one may disturb another person's "
            "private life by phone calls, text messages, messaging apps or e-mail.",
        },
        "instrument": {
            "zh_hans": "《中华人民共和国民法典》",
            "zh_hant": "《中華人民共和國民法典》",
            "en": "Civil Code of the People's Republic of China (《民法典》)",
        },
        "issuer": {"zh_hans": "全国人民代表大会", "zh_hant": "全國人民代表大會", "en": "National People's Congress"},
        "clause": {
            "zh_hans": "第一千零三十三条第（一）项",
            "zh_hant": "第一千零三十三條第（一）項",
            "en": "Article 1033, item (1)",
        },
        "confirmation_note": {
            "zh_hans": "已对照法律原文。2021年1月1日起施行。",
            "zh_hant": "已對照法律原文。2021年1月1日起施行。",
            "en": "Checked against the text of the law. In force since 1 January 2021.",
        },
        "sources": [
            {
                "title": "《中华人民共和国民法典》",
                "publisher": "全国人民代表大会",
                "published_on": "2020-05-28",
                "url": "",
                "is_primary_text": True,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "civil-code-1038",
        "order": 20,
        "weight": "law",
        "confirmation": "confirmed",
        "instrument_date": "2020-05-28",
        "title": {
            "zh_hans": "处理个人信息者不得泄露",
            "zh_hant": "處理個人信息者不得泄露",
            "en": "Those who handle personal information must not leak it",
        },
        "says": {
            "zh_hans": "信息处理者不得泄露或者篡改其收集、存储的个人信息；未经自然人同意，不得向他人非法提供其个人信息。",
            "zh_hant": "信息處理者不得泄露或者篡改其收集、存儲的個人信息；未經自然人同意，不得向他人非法提供其個人信息。",
            "en": "Those who handle personal information must not leak or alter what they collect and store, nor "
            "unlawfully give it to others without the person's consent.",
        },
        "instrument": {
            "zh_hans": "《中华人民共和国民法典》",
            "zh_hant": "《中華人民共和國民法典》",
            "en": "Civil Code of the People's Republic of China (《民法典》)",
        },
        "issuer": {"zh_hans": "全国人民代表大会", "zh_hant": "全國人民代表大會", "en": "National People's Congress"},
        "clause": {"zh_hans": "第一千零三十八条", "zh_hant": "第一千零三十八條", "en": "Article 1038"},
        "confirmation_note": {
            "zh_hans": "已对照法律原文。",
            "zh_hant": "已對照法律原文。",
            "en": "Checked against the text of the law.",
        },
        "sources": [
            {
                "title": "《中华人民共和国民法典》",
                "publisher": "全国人民代表大会",
                "published_on": "2020-05-28",
                "url": "",
                "is_primary_text": True,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "civil-code-465",
        "order": 30,
        "weight": "law",
        "confirmation": "confirmed",
        "instrument_date": "2020-05-28",
        "title": {
            "zh_hans": "合同只约束当事人：紧急联系人没有还款义务",
            "zh_hant": "合同只約束當事人：緊急聯繫人沒有還款義務",
            "en": "A contract binds only its parties: an emergency contact owes nothing",
        },
        "says": {
            "zh_hans": "依法成立的合同仅对当事人具有法律约束力。被列为紧急联系人不等于担保，也不产生还款义务；担保需要书面的保证合同或承诺。",
            "zh_hant": "依法成立的合同僅對當事人具有法律約束力。被列爲緊急聯繫人不等於擔保，也不產生還款義務；擔保需要書面的保證合同或承諾。",
            "en": "A lawfully made contract binds only its parties. Being named as an emergency contact is not a "
            "guarantee and creates no duty to repay; a guarantee needs a written guarantee contract or "
            "undertaking.",
        },
        "instrument": {
            "zh_hans": "《中华人民共和国民法典》",
            "zh_hant": "《中華人民共和國民法典》",
            "en": "Civil Code of the People's Republic of China (《民法典》)",
        },
        "issuer": {"zh_hans": "全国人民代表大会", "zh_hant": "全國人民代表大會", "en": "National People's Congress"},
        "clause": {
            "zh_hans": "第四百六十五条（担保见第六百八十一条、第六百八十五条）",
            "zh_hant": "第四百六十五條（擔保見第六百八十一條、第六百八十五條）",
            "en": "Article 465 (guarantees: Articles 681 and 685)",
        },
        "confirmation_note": {
            "zh_hans": "已对照法律原文。例外：夫妻一方为家庭日常生活需要所负的债务等，见第一千零六十四条。",
            "zh_hant": "已對照法律原文。例外：夫妻一方爲家庭日常生活需要所負的債務等，見第一千零六十四條。",
            "en": "Checked against the text of the law. An exception: spouses may share debts for "
            "household needs and the like (Article 1064).",
        },
        "sources": [
            {
                "title": "《中华人民共和国民法典》",
                "publisher": "全国人民代表大会",
                "published_on": "2020-05-28",
                "url": "",
                "is_primary_text": True,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "pipl-44",
        "order": 40,
        "weight": "law",
        "confirmation": "confirmed",
        "instrument_date": "2021-08-20",
        "title": {
            "zh_hans": "有权拒绝他人处理自己的个人信息",
            "zh_hant": "有權拒絕他人處理自己的個人信息",
            "en": "The right to refuse the processing of your personal information",
        },
        "says": {
            "zh_hans": "个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理。手机号码属于个人信息。",
            "zh_hant": "個人對其個人信息的處理享有知情權、決定權，有權限制或者拒絕他人對其個人信息進行處理。手機號碼屬於個人信息。",
            "en": "People have the right to know and decide about the processing of their personal information, and to "
            "restrict or refuse it. A phone number is personal information.",
        },
        "instrument": {
            "zh_hans": "《中华人民共和国个人信息保护法》",
            "zh_hant": "《中華人民共和國個人信息保護法》",
            "en": "Personal Information Protection Law of the People's Republic of China (《个人信息保护法》)",
        },
        "issuer": {
            "zh_hans": "全国人民代表大会常务委员会",
            "zh_hant": "全國人民代表大會常務委員會",
            "en": "Standing Committee of the National People's Congress",
        },
        "clause": {"zh_hans": "第四十四条", "zh_hant": "第四十四條", "en": "Article 44"},
        "confirmation_note": {
            "zh_hans": "已对照法律原文。2021年11月1日起施行。",
            "zh_hant": "已對照法律原文。2021年11月1日起施行。",
            "en": "Checked against the text of the law. In force since 1 November 2021.",
        },
        "sources": [
            {
                "title": "《中华人民共和国个人信息保护法》",
                "publisher": "全国人民代表大会常务委员会",
                "published_on": "2021-08-20",
                "url": "",
                "is_primary_text": True,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "credit-card-measures-68",
        "order": 50,
        "weight": "regulation",
        "confirmation": "reported",
        "instrument_date": None,
        "title": {
            "zh_hans": "信用卡催收只能找持卡人和担保人",
            "zh_hant": "信用卡催收只能找持卡人和擔保人",
            "en": "Credit-card collection only from the cardholder and guarantor",
        },
        "says": {
            "zh_hans": "银行只能向持卡人本人和担保人催收，不得向与债务无关的第三人催收；不得使用暴力、胁迫、恐吓或辱骂；催收过程要录音录像留存，记录至少保存两年。",
            "zh_hant": "銀行只能向持卡人本人和擔保人催收，不得向與債務無關的第三人催收；不得使用暴力、脅迫、恐嚇或辱罵；催收過程要錄音錄像留存，記錄至少保存兩年。",
            "en": "Banks may collect only from the cardholder and the guarantor, not from third parties unconnected "
            "with the debt; no violence, coercion, threats or insults; collection is recorded and the records "
            "kept for at least two years.",
        },
        "instrument": {
            "zh_hans": "《商业银行信用卡业务监督管理办法》（2011年）",
            "zh_hant": "《商業銀行信用卡業務監督管理辦法》（2011年）",
            "en": "Measures for the supervision of commercial banks' credit-card business (《商业银行信用卡业务监督管理办法》, "
            "2011)",
        },
        "issuer": {
            "zh_hans": "原中国银行业监督管理委员会",
            "zh_hant": "原中國銀行業監督管理委員會",
            "en": "the former China Banking Regulatory Commission",
        },
        "clause": {"zh_hans": "第六十八条", "zh_hant": "第六十八條", "en": "Article 68"},
        "confirmation_note": {
            "zh_hans": "部门规章，只适用于银行信用卡。我们没有看到官方原文，内容来自多方一致的转述，所以不逐字引用。其中没有找到“8:00至21:00”的规定。",
            "zh_hant": "部門規章，只適用於銀行信用卡。我們沒有看到官方原文，內容來自多方一致的轉述，所以不逐字引用。其中沒有找到“8:00至21:00”的規定。",
            "en": "A departmental regulation, for bank credit cards only. We have not seen an official "
            "text; the content comes from consistent restatements, so it is not quoted word for "
            "word. No “8:00 to 21:00” rule was found in it.",
        },
        "sources": [
            {
                "title": "《商业银行信用卡业务监督管理办法》第六十八条的转述",
                "publisher": "本站研究笔记",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "gbt-45251-contacts",
        "order": 60,
        "weight": "recommended_standard",
        "confirmation": "reported",
        "instrument_date": "2025-02-28",
        "title": {
            "zh_hans": "只向借款人催收；联系人只能在联系不上借款人时找",
            "zh_hant": "只向借款人催收；聯繫人只能在聯繫不上借款人時找",
            "en": "Collect from the borrower; contacts only when the borrower cannot be reached",
        },
        "says": {
            "zh_hans": "只向债务人本人催收，不向其联系人催收。只有在联系不上债务人，或债务人死亡、无民事行为能力或限制民事行为能力时，才可以联系其联系人，而且只能用来恢复联系或转告信息。",
            "zh_hant": "只向債務人本人催收，不向其聯繫人催收。只有在聯繫不上債務人，或債務人死亡、無民事行爲能力或限制民事行爲能力時，纔可以聯繫其聯繫人，而且只能用來恢復聯繫或轉告信息。",
            "en": "Collect only from the debtor, not from their contacts. A contact may be reached only when the debtor "
            "cannot be, or has died, or lacks or has limited legal capacity, and then only to restore contact or "
            "pass on a message.",
        },
        "instrument": {
            "zh_hans": "GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
            "zh_hant": "GB/T 45251—2025《互聯網金融 個人網絡消費信貸 貸後催收風控指引》",
            "en": "GB/T 45251—2025 《互联网金融 个人网络消费信贷 贷后催收风控指引》 (Internet finance: guidelines for post-loan "
            "collection risk control of personal online consumer credit)",
        },
        "issuer": {
            "zh_hans": "国家市场监督管理总局、国家标准化管理委员会",
            "zh_hant": "國家市場監督管理總局、國家標準化管理委員會",
            "en": "State Administration for Market Regulation and Standardization Administration of China",
        },
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "这是推荐性国家标准（GB/T），不是法律，本身不具强制力：贷款机构在合同或声明中采用它，或法规要求时，才对它有约束力。我们看过它的封面信息（2025年2月28日发布并实施）；规则内容来自中国互联网金融协会的说明和新闻报道，条款编号未经核实，所以不写条款号。",
            "zh_hant": "這是推薦性國家標準（GB/T），不是法律，本身不具強制力：貸款機構在合同或聲明中採用它，或法規要求時，纔對它有約束力。我們看過它的封面信息（2025年2月28日發佈並實施）；規則內容來自中國互聯網金融協會的說明和新聞報道，條款編號未經覈實，所以不寫條款號。",
            "en": "This is a recommended national standard (GB/T), not a law, and not mandatory in itself: "
            "it binds a lender that adopts it by contract or declaration, or where a regulation "
            "requires it. We have seen its cover information (published and in force on 28 February "
            "2025); the rules come from the internet-finance association's statement and press "
            "reports, and its clause numbers are not confirmed, so none is given.",
        },
        "sources": [
            {
                "title": "GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》（封面信息）",
                "publisher": "国家市场监督管理总局、国家标准化管理委员会",
                "published_on": "2025-02-28",
                "url": "",
                "is_primary_text": False,
            },
            {
                "title": "中国互联网金融协会关于 GB/T 45251—2025 的说明及相关新闻报道",
                "publisher": "中国互联网金融协会；新闻报道",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            },
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "gbt-45251-refusal",
        "order": 70,
        "weight": "recommended_standard",
        "confirmation": "reported",
        "instrument_date": "2025-02-28",
        "title": {
            "zh_hans": "联系人拒绝后不得再联系，也不得告知欠款信息",
            "zh_hant": "聯繫人拒絕後不得再聯繫，也不得告知欠款信息",
            "en": "A contact who refuses must not be contacted again or told about the debt",
        },
        "says": {
            "zh_hans": "联系人明确拒绝或要求不再联系的，不得再联系，也不得向其透露债务人的欠款信息。",
            "zh_hant": "聯繫人明確拒絕或要求不再聯繫的，不得再聯繫，也不得向其透露債務人的欠款信息。",
            "en": "A contact who refuses, or asks not to be contacted again, must not be contacted again and must not "
            "be told about the debtor's debt.",
        },
        "instrument": {
            "zh_hans": "GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
            "zh_hant": "GB/T 45251—2025《互聯網金融 個人網絡消費信貸 貸後催收風控指引》",
            "en": "GB/T 45251—2025 《互联网金融 个人网络消费信贷 贷后催收风控指引》 (Internet finance: guidelines for post-loan "
            "collection risk control of personal online consumer credit)",
        },
        "issuer": {
            "zh_hans": "国家市场监督管理总局、国家标准化管理委员会",
            "zh_hant": "國家市場監督管理總局、國家標準化管理委員會",
            "en": "State Administration for Market Regulation and Standardization Administration of China",
        },
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "这是推荐性国家标准（GB/T），不是法律，本身不具强制力：贷款机构在合同或声明中采用它，或法规要求时，才对它有约束力。我们看过它的封面信息（2025年2月28日发布并实施）；规则内容来自中国互联网金融协会的说明和新闻报道，条款编号未经核实，所以不写条款号。",
            "zh_hant": "這是推薦性國家標準（GB/T），不是法律，本身不具強制力：貸款機構在合同或聲明中採用它，或法規要求時，纔對它有約束力。我們看過它的封面信息（2025年2月28日發佈並實施）；規則內容來自中國互聯網金融協會的說明和新聞報道，條款編號未經覈實，所以不寫條款號。",
            "en": "This is a recommended national standard (GB/T), not a law, and not mandatory in itself: "
            "it binds a lender that adopts it by contract or declaration, or where a regulation "
            "requires it. We have seen its cover information (published and in force on 28 February "
            "2025); the rules come from the internet-finance association's statement and press "
            "reports, and its clause numbers are not confirmed, so none is given.",
        },
        "sources": [
            {
                "title": "GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》（封面信息）",
                "publisher": "国家市场监督管理总局、国家标准化管理委员会",
                "published_on": "2025-02-28",
                "url": "",
                "is_primary_text": False,
            },
            {
                "title": "中国互联网金融协会关于 GB/T 45251—2025 的说明及相关新闻报道",
                "publisher": "中国互联网金融协会；新闻报道",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            },
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "gbt-45251-hours",
        "order": 80,
        "weight": "recommended_standard",
        "confirmation": "reported",
        "instrument_date": "2025-02-28",
        "title": {
            "zh_hans": "晚上10点到早上8点不催收",
            "zh_hant": "晚上10點到早上8點不催收",
            "en": "No collection from 22:00 to 08:00",
        },
        "says": {
            "zh_hans": "除另有约定外，每日22:00至次日08:00不得催收。",
            "zh_hant": "除另有約定外，每日22:00至次日08:00不得催收。",
            "en": "Unless agreed otherwise, no collection between 22:00 and 08:00.",
        },
        "instrument": {
            "zh_hans": "GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
            "zh_hant": "GB/T 45251—2025《互聯網金融 個人網絡消費信貸 貸後催收風控指引》",
            "en": "GB/T 45251—2025 《互联网金融 个人网络消费信贷 贷后催收风控指引》 (Internet finance: guidelines for post-loan "
            "collection risk control of personal online consumer credit)",
        },
        "issuer": {
            "zh_hans": "国家市场监督管理总局、国家标准化管理委员会",
            "zh_hant": "國家市場監督管理總局、國家標準化管理委員會",
            "en": "State Administration for Market Regulation and Standardization Administration of China",
        },
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "这是推荐性国家标准（GB/T），不是法律，本身不具强制力：贷款机构在合同或声明中采用它，或法规要求时，才对它有约束力。我们看过它的封面信息（2025年2月28日发布并实施）；规则内容来自中国互联网金融协会的说明和新闻报道，条款编号未经核实，所以不写条款号。",
            "zh_hant": "這是推薦性國家標準（GB/T），不是法律，本身不具強制力：貸款機構在合同或聲明中採用它，或法規要求時，纔對它有約束力。我們看過它的封面信息（2025年2月28日發佈並實施）；規則內容來自中國互聯網金融協會的說明和新聞報道，條款編號未經覈實，所以不寫條款號。",
            "en": "This is a recommended national standard (GB/T), not a law, and not mandatory in itself: "
            "it binds a lender that adopts it by contract or declaration, or where a regulation "
            "requires it. We have seen its cover information (published and in force on 28 February "
            "2025); the rules come from the internet-finance association's statement and press "
            "reports, and its clause numbers are not confirmed, so none is given.",
        },
        "sources": [
            {
                "title": "GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》（封面信息）",
                "publisher": "国家市场监督管理总局、国家标准化管理委员会",
                "published_on": "2025-02-28",
                "url": "",
                "is_primary_text": False,
            },
            {
                "title": "中国互联网金融协会关于 GB/T 45251—2025 的说明及相关新闻报道",
                "publisher": "中国互联网金融协会；新闻报道",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            },
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "gbt-45251-voice-calls",
        "order": 90,
        "weight": "recommended_standard",
        "confirmation": "reported",
        "instrument_date": "2025-02-28",
        "title": {
            "zh_hans": "语音催收每天最多接通3次",
            "zh_hant": "語音催收每天最多接通3次",
            "en": "Voice-system calls: at most three connected calls a day",
        },
        "says": {
            "zh_hans": "交互式语音催收（包括AI语音）每天与同一债务人的有效通话不超过3次。这里数的是接通的电话，只适用于自动语音系统。",
            "zh_hant": "交互式語音催收（包括AI語音）每天與同一債務人的有效通話不超過3次。這裏數的是接通的電話，只適用於自動語音系統。",
            "en": "Collection by interactive voice systems (AI voices included) should have at most three effective, "
            "connected calls a day with one debtor. It counts connected calls and applies to automated voice "
            "systems only.",
        },
        "instrument": {
            "zh_hans": "GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》",
            "zh_hant": "GB/T 45251—2025《互聯網金融 個人網絡消費信貸 貸後催收風控指引》",
            "en": "GB/T 45251—2025 《互联网金融 个人网络消费信贷 贷后催收风控指引》 (Internet finance: guidelines for post-loan "
            "collection risk control of personal online consumer credit)",
        },
        "issuer": {
            "zh_hans": "国家市场监督管理总局、国家标准化管理委员会",
            "zh_hant": "國家市場監督管理總局、國家標準化管理委員會",
            "en": "State Administration for Market Regulation and Standardization Administration of China",
        },
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "这是推荐性国家标准（GB/T），不是法律，本身不具强制力：贷款机构在合同或声明中采用它，或法规要求时，才对它有约束力。我们看过它的封面信息（2025年2月28日发布并实施）；规则内容来自中国互联网金融协会的说明和新闻报道，条款编号未经核实，所以不写条款号。",
            "zh_hant": "這是推薦性國家標準（GB/T），不是法律，本身不具強制力：貸款機構在合同或聲明中採用它，或法規要求時，纔對它有約束力。我們看過它的封面信息（2025年2月28日發佈並實施）；規則內容來自中國互聯網金融協會的說明和新聞報道，條款編號未經覈實，所以不寫條款號。",
            "en": "This is a recommended national standard (GB/T), not a law, and not mandatory in itself: "
            "it binds a lender that adopts it by contract or declaration, or where a regulation "
            "requires it. We have seen its cover information (published and in force on 28 February "
            "2025); the rules come from the internet-finance association's statement and press "
            "reports, and its clause numbers are not confirmed, so none is given.",
        },
        "sources": [
            {
                "title": "GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》（封面信息）",
                "publisher": "国家市场监督管理总局、国家标准化管理委员会",
                "published_on": "2025-02-28",
                "url": "",
                "is_primary_text": False,
            },
            {
                "title": "中国互联网金融协会关于 GB/T 45251—2025 的说明及相关新闻报道",
                "publisher": "中国互联网金融协会；新闻报道",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            },
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "cba-2026-hours",
        "order": 100,
        "weight": "self_regulation",
        "confirmation": "reported",
        "instrument_date": "2026-01-30",
        "title": {
            "zh_hans": "未经同意，晚上10点到早上8点不催收（银行业协会，据报道）",
            "zh_hant": "未經同意，晚上10點到早上8點不催收（銀行業協會，據報道）",
            "en": "No collection from 22:00 to 08:00 without consent (banking association, reported)",
        },
        "says": {
            "zh_hans": "据报道：未经债务人同意，22:00至次日08:00不得通过电话、上门或其他方式催收。",
            "zh_hant": "據報道：未經債務人同意，22:00至次日08:00不得通過電話、上門或其他方式催收。",
            "en": "Reported: without the debtor's consent, no collection by phone, home visit or otherwise between "
            "22:00 and 08:00.",
        },
        "instrument": {
            "zh_hans": "《金融机构个人消费类贷款催收工作指引（试行）》",
            "zh_hant": "《金融機構個人消費類貸款催收工作指引（試行）》",
            "en": "《金融机构个人消费类贷款催收工作指引（试行）》 (Guidelines on the collection of personal consumer loans by financial "
            "institutions, trial)",
        },
        "issuer": {"zh_hans": "中国银行业协会", "zh_hant": "中國銀行業協會", "en": "China Banking Association"},
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "行业自律规则（试行），适用于协会成员银行等金融机构的信用卡和个人消费贷款，不是法规。我们没有看到指引原文：这里的内容来自新闻报道，我们的研究笔记认为这些报道彼此一致，但没有记下各篇报道的媒体和日期，所以只能算“据报道”，未经原文核实。",
            "zh_hant": "行業自律規則（試行），適用於協會成員銀行等金融機構的信用卡和個人消費貸款，不是法規。我們沒有看到指引原文：這裏的內容來自新聞報道，我們的研究筆記認爲這些報道彼此一致，但沒有記下各篇報道的媒體和日期，所以只能算“據報道”，未經原文覈實。",
            "en": "Industry self-regulation on trial, for the credit cards and personal consumer loans of "
            "the association's member banks and other financial institutions; not a regulation. We "
            "have not seen the text: what is shown comes from press reports that our research notes "
            "judge consistent, but the notes do not record which outlets and dates, so it is "
            "reported only, not confirmed from the text.",
        },
        "sources": [
            {
                "title": "关于《金融机构个人消费类贷款催收工作指引（试行）》（2026-01-30）的新闻报道",
                "publisher": "新闻报道（本站研究笔记汇总）",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "cba-2026-attempts",
        "order": 110,
        "weight": "self_regulation",
        "confirmation": "reported",
        "instrument_date": "2026-01-30",
        "title": {
            "zh_hans": "同一号码每天未接通的拨打不宜超过6次（银行业协会，据报道）",
            "zh_hant": "同一號碼每天未接通的撥打不宜超過6次（銀行業協會，據報道）",
            "en": "At most six unanswered calls a day to one number (banking association, reported)",
        },
        "says": {
            "zh_hans": "据报道：除另有约定外，每天对同一号码未接通的拨打不宜超过6次。这里数的是没有接通的拨打，和国家标准的“接通3次”不是一回事。",
            "zh_hant": "據報道：除另有約定外，每天對同一號碼未接通的撥打不宜超過6次。這裏數的是沒有接通的撥打，和國家標準的“接通3次”不是一回事。",
            "en": "Reported: unless agreed otherwise, unanswered calls to one number should not exceed six a day. This "
            "counts calls that did not get through, unlike the national standard's three connected calls.",
        },
        "instrument": {
            "zh_hans": "《金融机构个人消费类贷款催收工作指引（试行）》",
            "zh_hant": "《金融機構個人消費類貸款催收工作指引（試行）》",
            "en": "《金融机构个人消费类贷款催收工作指引（试行）》 (Guidelines on the collection of personal consumer loans by financial "
            "institutions, trial)",
        },
        "issuer": {"zh_hans": "中国银行业协会", "zh_hant": "中國銀行業協會", "en": "China Banking Association"},
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "行业自律规则（试行），适用于协会成员银行等金融机构的信用卡和个人消费贷款，不是法规。我们没有看到指引原文：这里的内容来自新闻报道，我们的研究笔记认为这些报道彼此一致，但没有记下各篇报道的媒体和日期，所以只能算“据报道”，未经原文核实。",
            "zh_hant": "行業自律規則（試行），適用於協會成員銀行等金融機構的信用卡和個人消費貸款，不是法規。我們沒有看到指引原文：這裏的內容來自新聞報道，我們的研究筆記認爲這些報道彼此一致，但沒有記下各篇報道的媒體和日期，所以只能算“據報道”，未經原文覈實。",
            "en": "Industry self-regulation on trial, for the credit cards and personal consumer loans of "
            "the association's member banks and other financial institutions; not a regulation. We "
            "have not seen the text: what is shown comes from press reports that our research notes "
            "judge consistent, but the notes do not record which outlets and dates, so it is "
            "reported only, not confirmed from the text.",
        },
        "sources": [
            {
                "title": "关于《金融机构个人消费类贷款催收工作指引（试行）》（2026-01-30）的新闻报道",
                "publisher": "新闻报道（本站研究笔记汇总）",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "cba-2026-third-parties",
        "order": 120,
        "weight": "self_regulation",
        "confirmation": "reported",
        "instrument_date": "2026-01-30",
        "title": {
            "zh_hans": "不向无关第三人催收，不告知欠款，对方拒绝后不再联系（银行业协会，据报道）",
            "zh_hant": "不向無關第三人催收，不告知欠款，對方拒絕後不再聯繫（銀行業協會，據報道）",
            "en": "No collection from unrelated third parties, no telling them the debt, none after they object "
            "(banking association, reported)",
        },
        "says": {
            "zh_hans": "据报道：不得向无关第三人催收。只有在联系不上债务人时（例如号码无效、三次联系失败）才可以联系他们，而且只能用来获取联系方式或转告信息，不得告知欠款情况；对方表示反对后不得再联系。",
            "zh_hant": "據報道：不得向無關第三人催收。只有在聯繫不上債務人時（例如號碼無效、三次聯繫失敗）纔可以聯繫他們，而且只能用來獲取聯繫方式或轉告信息，不得告知欠款情況；對方表示反對後不得再聯繫。",
            "en": "Reported: no collection from unrelated third parties. They may be contacted only when the debtor "
            "cannot be reached (for example an invalid number, or three failed attempts), only to get contact "
            "details or pass on a message, never told about the debt, and not contacted again once they object.",
        },
        "instrument": {
            "zh_hans": "《金融机构个人消费类贷款催收工作指引（试行）》",
            "zh_hant": "《金融機構個人消費類貸款催收工作指引（試行）》",
            "en": "《金融机构个人消费类贷款催收工作指引（试行）》 (Guidelines on the collection of personal consumer loans by financial "
            "institutions, trial)",
        },
        "issuer": {"zh_hans": "中国银行业协会", "zh_hant": "中國銀行業協會", "en": "China Banking Association"},
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "行业自律规则（试行），适用于协会成员银行等金融机构的信用卡和个人消费贷款，不是法规。我们没有看到指引原文：这里的内容来自新闻报道，我们的研究笔记认为这些报道彼此一致，但没有记下各篇报道的媒体和日期，所以只能算“据报道”，未经原文核实。",
            "zh_hant": "行業自律規則（試行），適用於協會成員銀行等金融機構的信用卡和個人消費貸款，不是法規。我們沒有看到指引原文：這裏的內容來自新聞報道，我們的研究筆記認爲這些報道彼此一致，但沒有記下各篇報道的媒體和日期，所以只能算“據報道”，未經原文覈實。",
            "en": "Industry self-regulation on trial, for the credit cards and personal consumer loans of "
            "the association's member banks and other financial institutions; not a regulation. We "
            "have not seen the text: what is shown comes from press reports that our research notes "
            "judge consistent, but the notes do not record which outlets and dates, so it is "
            "reported only, not confirmed from the text.",
        },
        "sources": [
            {
                "title": "关于《金融机构个人消费类贷款催收工作指引（试行）》（2026-01-30）的新闻报道",
                "publisher": "新闻报道（本站研究笔记汇总）",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "cba-2026-conduct",
        "order": 130,
        "weight": "self_regulation",
        "confirmation": "reported",
        "instrument_date": "2026-01-30",
        "title": {
            "zh_hans": "不得编造“黑名单”、冒充公检法或政府（银行业协会，据报道）",
            "zh_hant": "不得編造“黑名單”、冒充公檢法或政府（銀行業協會，據報道）",
            "en": "No fake “blacklists”, no posing as courts or the government (banking association, reported)",
        },
        "says": {
            "zh_hans": "据报道：不得张贴公告、冒充法院或政府机关、散布隐私、编造“黑名单”、夸大后果、收取额外费用，也不得诱导债务人以贷还贷。",
            "zh_hant": "據報道：不得張貼公告、冒充法院或政府機關、散佈隱私、編造“黑名單”、誇大後果、收取額外費用，也不得誘導債務人以貸還貸。",
            "en": "Reported: no public notices, no posing as a court or a government office, no spreading private "
            "information, no made-up “blacklists”, no exaggerated consequences, no extra fees, and no pushing "
            "debtors to borrow elsewhere to repay.",
        },
        "instrument": {
            "zh_hans": "《金融机构个人消费类贷款催收工作指引（试行）》",
            "zh_hant": "《金融機構個人消費類貸款催收工作指引（試行）》",
            "en": "《金融机构个人消费类贷款催收工作指引（试行）》 (Guidelines on the collection of personal consumer loans by financial "
            "institutions, trial)",
        },
        "issuer": {"zh_hans": "中国银行业协会", "zh_hant": "中國銀行業協會", "en": "China Banking Association"},
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "行业自律规则（试行），适用于协会成员银行等金融机构的信用卡和个人消费贷款，不是法规。我们没有看到指引原文：这里的内容来自新闻报道，我们的研究笔记认为这些报道彼此一致，但没有记下各篇报道的媒体和日期，所以只能算“据报道”，未经原文核实。",
            "zh_hant": "行業自律規則（試行），適用於協會成員銀行等金融機構的信用卡和個人消費貸款，不是法規。我們沒有看到指引原文：這裏的內容來自新聞報道，我們的研究筆記認爲這些報道彼此一致，但沒有記下各篇報道的媒體和日期，所以只能算“據報道”，未經原文覈實。",
            "en": "Industry self-regulation on trial, for the credit cards and personal consumer loans of "
            "the association's member banks and other financial institutions; not a regulation. We "
            "have not seen the text: what is shown comes from press reports that our research notes "
            "judge consistent, but the notes do not record which outlets and dates, so it is "
            "reported only, not confirmed from the text.",
        },
        "sources": [
            {
                "title": "关于《金融机构个人消费类贷款催收工作指引（试行）》（2026-01-30）的新闻报道",
                "publisher": "新闻报道（本站研究笔记汇总）",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "nifa-2024-guideline",
        "order": 140,
        "weight": "self_regulation",
        "confirmation": "reported",
        "instrument_date": "2024-05-15",
        "title": {
            "zh_hans": "互联网金融协会的催收指引（已由国家标准取代）",
            "zh_hant": "互聯網金融協會的催收指引（已由國家標準取代）",
            "en": "The internet-finance association's collection guideline (replaced by the national standard)",
        },
        "says": {
            "zh_hans": "与国家标准相同的时段规定；每天与同一债务人的“通知类”接通电话合计不超过3次（放款机构和催收机构合并计算）。按其自身规定，国家标准实施后由国家标准取代，因此请以 GB/T "
            "45251—2025 为准。",
            "zh_hant": "與國家標準相同的時段規定；每天與同一債務人的“通知類”接通電話合計不超過3次（放款機構和催收機構合併計算）。按其自身規定，國家標準實施後由國家標準取代，因此請以 GB/T "
            "45251—2025 爲準。",
            "en": "The same hours rule as the national standard; at most three connected “notification” calls a day "
            "with one debtor, lender and agencies combined. By its own terms it was replaced once the national "
            "standard took effect, so cite GB/T 45251—2025 instead.",
        },
        "instrument": {
            "zh_hans": "《互联网金融贷后催收业务指引》",
            "zh_hant": "《互聯網金融貸後催收業務指引》",
            "en": "《互联网金融贷后催收业务指引》 (Guideline on post-loan collection in internet finance)",
        },
        "issuer": {
            "zh_hans": "中国互联网金融协会",
            "zh_hant": "中國互聯網金融協會",
            "en": "National Internet Finance Association of China",
        },
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "2024年4月17日通过，2024年5月15日发布。内容来自协会的说明和新闻报道，未经原文核实。这是银行业协会2026年指引之前的行业规则，这里只作为历史列出。",
            "zh_hant": "2024年4月17日通過，2024年5月15日發佈。內容來自協會的說明和新聞報道，未經原文覈實。這是銀行業協會2026年指引之前的行業規則，這裏只作爲歷史列出。",
            "en": "Approved on 17 April 2024 and published on 15 May 2024. The content comes from the "
            "association's statement and press reports, not confirmed from the text. It is the "
            "industry rule that came before the banking association's 2026 guideline and is listed "
            "here as history.",
        },
        "sources": [
            {
                "title": "《互联网金融贷后催收业务指引》的说明及新闻报道",
                "publisher": "中国互联网金融协会；新闻报道",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
    {
        "slug": "nifa-2018-convention",
        "order": 150,
        "weight": "self_regulation",
        "confirmation": "reported",
        "instrument_date": "2018-03-28",
        "title": {
            "zh_hans": "不得威胁、恐吓、辱骂（互联网金融协会自律公约）",
            "zh_hant": "不得威脅、恐嚇、辱罵（互聯網金融協會自律公約）",
            "en": "No threats, intimidation or abuse (internet-finance association's convention)",
        },
        "says": {
            "zh_hans": "只有联系不上债务人时才可以联系事先约定的联系人；不得威胁、恐吓、辱骂；不得频繁致电债务人或相关人员；上门要录音录像；记录保存5年以上；放款机构对外包催收负责。",
            "zh_hant": "只有聯繫不上債務人時纔可以聯繫事先約定的聯繫人；不得威脅、恐嚇、辱罵；不得頻繁致電債務人或相關人員；上門要錄音錄像；記錄保存5年以上；放款機構對外包催收負責。",
            "en": "Pre-agreed contacts only when the debtor cannot be reached; no threats, intimidation or abuse; no "
            "frequent calls to the debtor or people around them; home visits recorded on audio and video; records "
            "kept for at least five years; the lender answers for outsourced collectors.",
        },
        "instrument": {
            "zh_hans": "《互联网金融逾期债务催收自律公约（试行）》",
            "zh_hant": "《互聯網金融逾期債務催收自律公約（試行）》",
            "en": "《互联网金融逾期债务催收自律公约（试行）》 (Self-regulatory convention on collecting overdue internet-finance "
            "debts, trial)",
        },
        "issuer": {
            "zh_hans": "中国互联网金融协会",
            "zh_hant": "中國互聯網金融協會",
            "en": "National Internet Finance Association of China",
        },
        "clause": {"zh_hans": "", "zh_hant": "", "en": ""},
        "confirmation_note": {
            "zh_hans": "行业自律规则，适用于协会成员。内容来自报道，未经原文核实；其中的时段、次数规定和条款编号各来源说法不一（8—21点、8—22点、9—17点），所以这里不采用。",
            "zh_hant": "行業自律規則，適用於協會成員。內容來自報道，未經原文覈實；其中的時段、次數規定和條款編號各來源說法不一（8—21點、8—22點、9—17點），所以這裏不採用。",
            "en": "Industry self-regulation for the association's members. The content comes from reports, "
            "not confirmed from the text; its hours, call limits and article numbers conflict "
            "between sources (8–21, 8–22, 9–17), so none of them is used here.",
        },
        "sources": [
            {
                "title": "《互联网金融逾期债务催收自律公约（试行）》的新闻报道",
                "publisher": "新闻报道（本站研究笔记汇总）",
                "published_on": None,
                "url": "",
                "is_primary_text": False,
            }
        ],
        "last_reviewed": "2026-12-04",
        "change_notes": [
            {
                "changed_on": "2026-12-04",
                "note": {
                    "zh_hans": "条目在对照一手文本和现有报道复核后加入。",
                    "zh_hant": "條目在對照一手文本和現有報道複覈後加入。",
                    "en": "Entry added after reviewing it against the primary texts and the reports we have.",
                },
            }
        ],
    },
]
