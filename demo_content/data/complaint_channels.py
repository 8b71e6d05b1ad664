"""Demo complaint channels (rights.ComplaintChannel), in three languages.

Restated in the project's own words from its research notes on consumer rights, each with the confidence the notes
give it; no phone number or address is given that the notes do not contain. The loader is
demo_content/management/commands/load_demo_content.py.
"""

COMPLAINT_CHANNELS = [
    {
        "slug": "nfra-12378",
        "order": 10,
        "phone": "12378",
        "confidence": "medium",
        "name": {
            "zh_hans": "国家金融监督管理总局 12378 热线",
            "zh_hant": "國家金融監督管理總局 12378 熱線",
            "en": "National Financial Regulatory Administration (NFRA) hotline 12378",
        },
        "handles": {
            "zh_hans": "银行、保险公司、消费金融公司和小额贷款公司的投诉，包括不当催收。",
            "zh_hant": "銀行、保險公司、消費金融公司和小額貸款公司的投訴，包括不當催收。",
            "en": "Complaints about banks, insurers, consumer-finance companies and micro-lending companies, improper debt collection included.",
        },
        "when_to_use": {
            "zh_hans": "放款方是银行、消费金融公司或小额贷款公司，催收骚扰你或你的紧急联系人，向平台投诉后仍没有解决。",
            "zh_hant": "放款方是銀行、消費金融公司或小額貸款公司，催收騷擾你或你的緊急聯繫人，向平臺投訴後仍沒有解決。",
            "en": "The lender is a bank, a consumer-finance company or a micro-lending company, its collectors harass you or your emergency contacts, and complaining to the lender has not helped.",
        },
        "notes": {
            "zh_hans": "投诉一般转给当地的监管部门处理，据报道大约15个工作日内答复。",
            "zh_hant": "投訴一般轉給當地的監管部門處理，據報道大約15個工作日內答覆。",
            "en": "Complaints are usually passed on to the local office; a reply reportedly comes in about 15 working days.",
        },
        "source_note": {
            "zh_hans": "转办和答复时间来自公开报道，未经官方文件核实。",
            "zh_hant": "轉辦和答覆時間來自公開報道，未經官方文件核實。",
            "en": "The referral and the time to reply come from press reports, not from an official text we have seen.",
        },
    },
    {
        "slug": "pboc-12363",
        "order": 20,
        "phone": "12363",
        "confidence": "high",
        "name": {
            "zh_hans": "中国人民银行 12363 热线",
            "zh_hant": "中國人民銀行 12363 熱線",
            "en": "People's Bank of China (PBOC) hotline 12363",
        },
        "handles": {
            "zh_hans": "人民币、支付结算、征信、外汇，以及跨行业的金融产品。",
            "zh_hant": "人民幣、支付結算、徵信、外匯，以及跨行業的金融產品。",
            "en": "Currency, payments and settlement, credit reporting, foreign exchange, and financial products that span several sectors.",
        },
        "when_to_use": {
            "zh_hans": "问题涉及支付或征信，例如逾期记录报送有误；先向有关机构投诉，对处理结果不满意再找12363。",
            "zh_hant": "問題涉及支付或徵信，例如逾期記錄報送有誤；先向有關機構投訴，對處理結果不滿意再找12363。",
            "en": "The problem concerns payments or credit reporting, such as an overdue record reported wrongly. Complain to the institution first and turn to 12363 if its answer does not settle it.",
        },
        "notes": {
            "zh_hans": "中国人民银行2023年6月2日公告：12363的受理范围“暂时”保持不变。",
            "zh_hant": "中國人民銀行2023年6月2日公告：12363的受理範圍“暫時”保持不變。",
            "en": "The PBOC announced on 2 June 2023 that the hotline's scope stays unchanged “for now”.",
        },
        "source_note": {
            "zh_hans": "依据中国人民银行的公告。",
            "zh_hant": "依據中國人民銀行的公告。",
            "en": "Based on the PBOC's own announcement.",
        },
    },
    {
        "slug": "nifa-reporting",
        "order": 30,
        "phone": "",
        "confidence": "medium",
        "name": {
            "zh_hans": "中国互联网金融协会举报平台",
            "zh_hant": "中國互聯網金融協會舉報平臺",
            "en": "Reporting platform of the National Internet Finance Association of China (NIFA)",
        },
        "handles": {
            "zh_hans": "互联网金融机构的违规行为，包括网络借贷平台的暴力催收。",
            "zh_hant": "互聯網金融機構的違規行為，包括網絡借貸平臺的暴力催收。",
            "en": "Misconduct by internet-finance businesses, such as abusive collection by online lending platforms.",
        },
        "when_to_use": {
            "zh_hans": "借款来自网络借贷平台或借贷App，催收方式违反行业规则。",
            "zh_hant": "借款來自網絡借貸平臺或借貸App，催收方式違反行業規則。",
            "en": "The loan came from an online lending platform or app and its collection breaks the industry's rules.",
        },
        "notes": {
            "zh_hans": "需要实名举报，每人每天最多举报5次。",
            "zh_hant": "需要實名舉報，每人每天最多舉報5次。",
            "en": "Reports are made under your real name, at most five a day.",
        },
        "source_note": {
            "zh_hans": "实名和次数限制来自公开报道。",
            "zh_hant": "實名和次數限制來自公開報道。",
            "en": "The real-name rule and the daily limit come from press reports.",
        },
    },
    {
        "slug": "miit-12321",
        "order": 40,
        "phone": "12321",
        "confidence": "medium_high",
        "name": {
            "zh_hans": "12321 网络不良与垃圾信息举报受理中心",
            "zh_hant": "12321 網絡不良與垃圾信息舉報受理中心",
            "en": "12321 reporting centre for spam and harmful information",
        },
        "handles": {
            "zh_hans": "垃圾短信、骚扰电话和诈骗电话，以及个人信息泄露。由中国互联网协会受工业和信息化部委托运行。",
            "zh_hant": "垃圾短信、騷擾電話和詐騙電話，以及個人信息泄露。由中國互聯網協會受工業和信息化部委託運行。",
            "en": "Spam text messages, harassing and fraudulent calls, and leaks of personal information. Run by the Internet Society of China for the Ministry of Industry and Information Technology.",
        },
        "when_to_use": {
            "zh_hans": "催收电话或短信骚扰你或你的紧急联系人，或者你的个人信息被泄露给了别人。",
            "zh_hant": "催收電話或短信騷擾你或你的緊急聯繫人，或者你的個人信息被泄露給了別人。",
            "en": "Collection calls or messages harass you or your emergency contacts, or your personal information has been passed to others.",
        },
        "notes": {
            "zh_hans": "举报时写清来电号码、时间和内容。",
            "zh_hant": "舉報時寫清來電號碼、時間和內容。",
            "en": "Give the calling number, the time and what was said.",
        },
        "source_note": {
            "zh_hans": "依据公开资料。",
            "zh_hant": "依據公開資料。",
            "en": "Based on public information.",
        },
    },
    {
        "slug": "police-110",
        "order": 50,
        "phone": "110",
        "confidence": "not_rated",
        "name": {
            "zh_hans": "110 报警 / 当地派出所",
            "zh_hant": "110 報警 / 當地派出所",
            "en": "Police: 110 or the local police station",
        },
        "handles": {
            "zh_hans": "威胁、暴力、跟踪、限制人身自由、闯入住宅等违法行为。",
            "zh_hant": "威脅、暴力、跟蹤、限制人身自由、闖入住宅等違法行為。",
            "en": "Threats, violence, following, holding someone against their will, entering a home and other unlawful acts.",
        },
        "when_to_use": {
            "zh_hans": "有人威胁你或你的家人、上门闹事或使用暴力。情况紧急时立即拨打110。",
            "zh_hant": "有人威脅你或你的家人、上門鬧事或使用暴力。情況緊急時立即撥打110。",
            "en": "Someone threatens you or your family, makes trouble at your door or uses violence. In an emergency, call 110 at once.",
        },
        "notes": {
            "zh_hans": "用暴力、胁迫、恐吓、跟踪、骚扰等方式催收，情节严重的可能构成犯罪（《刑法》第293条之一、第293条等）。",
            "zh_hant": "用暴力、脅迫、恐嚇、跟蹤、騷擾等方式催收，情節嚴重的可能構成犯罪（《刑法》第293條之一、第293條等）。",
            "en": "Collecting a debt by violence, coercion, intimidation, following or harassment can be a crime in serious cases (Criminal Law, Articles 293-1 and 293, among others).",
        },
        "source_note": {
            "zh_hans": "法律条文已与原文核对；报警的处理方式因地而异。",
            "zh_hant": "法律條文已與原文核對；報警的處理方式因地而異。",
            "en": "The articles were checked against the law's text; how the police deal with a report varies from place to place.",
        },
    },
    {
        "slug": "courts",
        "order": 60,
        "phone": "",
        "confidence": "high",
        "name": {
            "zh_hans": "人民法院",
            "zh_hant": "人民法院",
            "en": "The courts",
        },
        "handles": {
            "zh_hans": "请求法院责令停止正在进行的侵权（如持续骚扰），以及就侵犯隐私和个人信息要求赔偿。依据包括《民法典》第997、1032、1183条和《个人信息保护法》第69条。",
            "zh_hant": "請求法院責令停止正在進行的侵權（如持續騷擾），以及就侵犯隱私和個人信息要求賠償。依據包括《民法典》第997、1032、1183條和《個人信息保護法》第69條。",
            "en": "Asking a court to order an ongoing infringement, such as continued harassment, to stop, and claiming damages for violations of privacy and personal information. The law behind it includes the Civil Code, Articles 997, 1032 and 1183, and the Personal Information Protection Law, Article 69.",
        },
        "when_to_use": {
            "zh_hans": "投诉没有结果、骚扰仍在继续，或者你受到了损害。最好先咨询律师或法律援助机构。",
            "zh_hant": "投訴沒有結果、騷擾仍在繼續，或者你受到了損害。最好先諮詢律師或法律援助機構。",
            "en": "Complaints have not helped, the harassment goes on, or you have suffered harm. Ask a lawyer or a legal-aid office first.",
        },
        "notes": {
            "zh_hans": "据报道，已有法院认定向紧急联系人发送催收信息侵犯隐私，并判令停止。",
            "zh_hant": "據報道，已有法院認定向緊急聯繫人發送催收信息侵犯隱私，並判令停止。",
            "en": "Courts have reportedly found that collection messages to emergency contacts infringe privacy, and ordered them to stop.",
        },
        "source_note": {
            "zh_hans": "法律条文已与原文核对；判例来自公开报道，可靠性中等。",
            "zh_hant": "法律條文已與原文核對；判例來自公開報道，可靠性中等。",
            "en": "The articles were checked against the laws' text; the court cases come from press reports (medium confidence).",
        },
    },
    {
        "slug": "credit-report-objection",
        "order": 70,
        "phone": "",
        "confidence": "high",
        "name": {
            "zh_hans": "征信异议",
            "zh_hant": "徵信異議",
            "en": "Objecting to a credit-report entry",
        },
        "handles": {
            "zh_hans": "信用报告中错误的记录。按《征信业管理条例》第25条，异议要经核查并在20日内书面答复。",
            "zh_hant": "信用報告中錯誤的記錄。按《徵信業管理條例》第25條，異議要經核查並在20日內書面答覆。",
            "en": "Wrong entries in your credit report. Under Article 25 of the Credit Reporting Industry Regulation, an objection is checked and answered in writing within 20 days.",
        },
        "when_to_use": {
            "zh_hans": "你的信用报告里有不属实的逾期记录。每人每年可以免费查询两次本人信用报告（第17条）。",
            "zh_hant": "你的信用報告裏有不屬實的逾期記錄。每人每年可以免費查詢兩次本人信用報告（第17條）。",
            "en": "Your credit report shows an overdue record that is not true. You can get your own report free twice a year (Article 17).",
        },
        "notes": {
            "zh_hans": "对处理结果不满意，可以向中国人民银行当地分支机构投诉（30日内书面答复），或者向法院起诉（第26条）。",
            "zh_hant": "對處理結果不滿意，可以向中國人民銀行當地分支機構投訴（30日內書面答覆），或者向法院起訴（第26條）。",
            "en": "If the answer does not settle it, complain to the local branch of the PBOC (written reply within 30 days) or go to court (Article 26).",
        },
        "source_note": {
            "zh_hans": "依据《征信业管理条例》原文。",
            "zh_hant": "依據《徵信業管理條例》原文。",
            "en": "Based on the text of the Credit Reporting Industry Regulation.",
        },
    },
    {
        "slug": "heimao-tousu",
        "order": 80,
        "phone": "",
        "confidence": "not_rated",
        "name": {
            "zh_hans": "黑猫投诉（新浪旗下的公开投诉平台）",
            "zh_hant": "黑貓投訴（新浪旗下的公開投訴平臺）",
            "en": "Heimao Tousu (黑猫投诉), Sina's public complaint platform",
        },
        "handles": {
            "zh_hans": "消费者对企业的公开投诉，包括借贷平台和催收。",
            "zh_hant": "消費者對企業的公開投訴，包括借貸平臺和催收。",
            "en": "Consumers' public complaints about companies, lending platforms and collection included.",
        },
        "when_to_use": {
            "zh_hans": "你想公开说明情况，同时也向监管部门投诉。",
            "zh_hant": "你想公開說明情況，同時也向監管部門投訴。",
            "en": "You want to make the matter public as well as complaining to the regulators.",
        },
        "notes": {
            "zh_hans": "它不是政府或监管部门，投诉内容会公开，不要写身份证号、电话号码等个人信息。",
            "zh_hant": "它不是政府或監管部門，投訴內容會公開，不要寫身份證號、電話號碼等個人信息。",
            "en": "It is not a government office or a regulator, and complaints are published: leave out ID numbers, phone numbers and other personal details.",
        },
        "source_note": {
            "zh_hans": "这里只说明它是公开投诉平台；我们没有评估它的处理效果，也不提供未经核实的网址。",
            "zh_hant": "這裡只說明它是公開投訴平臺；我們沒有評估它的處理效果，也不提供未經核實的網址。",
            "en": "We say only that it is a public complaint platform; we have not rated how well it works and give no address we have not checked.",
        },
    },
]
