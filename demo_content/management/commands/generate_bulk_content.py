"""Bulk synthetic content for load and scale tests: ``manage.py generate_bulk_content --articles 100000``.

Records are written with ``bulk_create`` in batches and all carry the slug prefix ``bulk-``, so a second run
replaces the previous bulk data and never touches editors' content. The text is made from a small vocabulary in all
three languages; it reads like the site's content but states no facts, figures or rules.
"""

from __future__ import annotations

import datetime
import random

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from articles.models import Article, Category, Question
from overdue_site import page_cache
from overdue_site.markup import render_stored_markdown
from platforms.models import Platform, Source, Stage

PREFIX = "bulk-"
BATCH_SIZE = 2000

# (Simplified, Traditional, English) fragments; titles and paragraphs are drawn from these.
TOPICS = [
    ("逾期之后", "逾期之後", "After a missed payment"),
    ("紧急联系人", "緊急聯繫人", "Emergency contacts"),
    ("催收电话", "催收電話", "Collection calls"),
    ("协商还款", "協商還款", "Negotiating repayment"),
    ("投诉渠道", "投訴渠道", "Where to complain"),
    ("个人信息", "個人信息", "Personal information"),
    ("征信记录", "徵信記錄", "Credit records"),
    ("短信提醒", "短信提醒", "Text reminders"),
]
QUESTIONS = [
    ("会发生什么", "會發生什麼", "what happens"),
    ("该怎么做", "該怎麼做", "what to do"),
    ("要注意什么", "要注意什麼", "what to watch for"),
    ("可以拒绝吗", "可以拒絕嗎", "can you refuse"),
]
SENTENCES = [
    (
        "先看清自己的借款合同和还款计划。",
        "先看清自己的借款合同和還款計劃。",
        "Read your loan contract and repayment plan first.",
    ),
    ("保留通话记录和短信截图。", "保留通話記錄和短信截圖。", "Keep call logs and screenshots of messages."),
    (
        "和平台客服联系前，准备好借款编号。",
        "和平台客服聯繫前，準備好借款編號。",
        "Have your loan number ready before calling the platform.",
    ),
    (
        "如果对方的做法让你不安，记下时间和内容。",
        "如果對方的做法讓你不安，記下時間和內容。",
        "If what a caller does worries you, note the time and what was said.",
    ),
    (
        "家人和朋友接到电话时，可以只说会转告。",
        "家人和朋友接到電話時，可以只說會轉告。",
        "Family and friends who get a call may simply say they will pass the message on.",
    ),
    ("把每一次沟通的结果写下来。", "把每一次溝通的結果寫下來。", "Write down the outcome of every conversation."),
]
STAGE_TITLES = [
    ("提醒", "提醒", "Reminders"),
    ("本人催收", "本人催收", "Calls to the borrower"),
    ("联系紧急联系人", "聯繫緊急聯繫人", "Emergency contacts are called"),
    ("委外催收", "委外催收", "Outside collection agency"),
]
STAGE_DAYS = [(1, 3, False, ["sms"]), (4, 15, False, ["phone"]), (16, 60, True, ["phone"]), (61, None, True, ["phone"])]


def trilingual(field: str, texts: tuple[str, str, str]) -> dict[str, str]:
    hans, hant, english = texts
    return {field: hans, f"{field}_zh_hans": hans, f"{field}_zh_hant": hant, f"{field}_en": english}


def rendered(record):
    """``bulk_create`` sends no signal: the stored HTML is rendered here, as a save would."""
    render_stored_markdown(record)
    return record


def joined(parts: list[tuple[str, str, str]], separator: tuple[str, str, str]) -> tuple[str, str, str]:
    return tuple(separator[index].join(part[index] for part in parts) for index in range(3))


class Command(BaseCommand):
    help = "Create synthetic published platforms and articles (slug prefix 'bulk-') for load and scale tests."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--platforms", type=int, default=100)
        parser.add_argument("--seed", type=int, default=8)

    def handle(self, *args, articles: int, platforms: int, seed: int, **options):
        rng = random.Random(seed)
        with transaction.atomic():
            self.remove_previous()
            platform_ids = self.create_platforms(platforms, rng)
            self.create_articles(articles, platform_ids, rng)
        page_cache.bump_everything()  # bulk_create sends no save signals
        if "rebuild_search_index" in get_commands():
            call_command("rebuild_search_index", verbosity=0)
        self.stdout.write(f"Created {platforms} platforms and {articles} articles (slug prefix '{PREFIX}').")

    def remove_previous(self) -> None:
        Article.objects.filter(category__slug__startswith=PREFIX).delete()
        Category.objects.filter(slug__startswith=PREFIX).delete()
        Platform.objects.filter(slug__startswith=PREFIX).delete()

    def create_platforms(self, count: int, rng: random.Random) -> list[int]:
        today = timezone.localdate()
        now = timezone.now() - datetime.timedelta(days=1)
        Platform.objects.bulk_create(
            [
                rendered(
                    Platform(
                        slug=f"{PREFIX}{number}",
                        status="published",
                        published_at=now,
                        last_reviewed=today,
                        **trilingual("name", (f"示例平台{number}", f"示例平臺{number}", f"Sample platform {number}")),
                        **trilingual("summary", joined(rng.sample(SENTENCES, 1), ("", "", ""))),
                        **trilingual("body", joined(rng.sample(SENTENCES, 3), ("", "", " "))),
                    )
                )
                for number in range(count)
            ],
            batch_size=BATCH_SIZE,
        )
        ids = list(Platform.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True))
        Stage.objects.bulk_create(
            [
                Stage(
                    platform_id=platform_id,
                    first_day=first,
                    last_day=last,
                    contacts_called=contacts,
                    channels=channels,
                    **trilingual("title", STAGE_TITLES[index]),
                    **trilingual("description", rng.choice(SENTENCES)),
                )
                for platform_id in ids
                for index, (first, last, contacts, channels) in enumerate(STAGE_DAYS)
            ],
            batch_size=BATCH_SIZE,
        )
        Source.objects.bulk_create(
            [
                Source(
                    platform_id=platform_id,
                    published_on=today,
                    claimed_first_day=16,
                    claimed_last_day=60,
                    **trilingual("title", ("示例来源", "示例來源", "Sample source")),
                )
                for platform_id in ids
            ],
            batch_size=BATCH_SIZE,
        )
        return ids

    def create_articles(self, count: int, platform_ids: list[int], rng: random.Random) -> None:
        Category.objects.bulk_create(
            [
                Category(slug=f"{PREFIX}{index}", order=100 + index, **trilingual("name", topic))
                for index, topic in enumerate(TOPICS)
            ]
        )
        category_ids = list(Category.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True))
        kinds = [Article.Kind.FAQ, Article.Kind.GUIDE, Article.Kind.RIGHTS]
        now = timezone.now()
        for start in range(0, count, BATCH_SIZE):
            batch = []
            for number in range(start, min(start + BATCH_SIZE, count)):
                topic, question = rng.choice(TOPICS), rng.choice(QUESTIONS)
                title = joined([topic, question], ("：", "：", ": "))
                title = (f"{title[0]}（{number}）", f"{title[1]}（{number}）", f"{title[2]} ({number})")
                batch.append(
                    rendered(
                        Article(
                            kind=kinds[number % 3],
                            slug=f"{PREFIX}{number}",
                            category_id=rng.choice(category_ids),
                            status="published",
                            published_at=now - datetime.timedelta(minutes=count - number),
                            last_reviewed=now.date(),
                            **trilingual("title", title),
                            **trilingual("intro", rng.choice(SENTENCES)),
                            **trilingual("body", joined(rng.sample(SENTENCES, 4), ("\n\n", "\n\n", "\n\n"))),
                            **trilingual("summary", rng.choice(SENTENCES)),
                        )
                    )
                )
            created = Article.objects.bulk_create(batch)
            if platform_ids:
                links = Article.platforms.through
                links.objects.bulk_create(
                    [links(article_id=article.pk, platform_id=rng.choice(platform_ids)) for article in created],
                    ignore_conflicts=True,
                )
            Question.objects.bulk_create(
                [
                    rendered(
                        Question(
                            article_id=article.pk,
                            order=0,
                            **trilingual(
                                "question", joined([rng.choice(TOPICS), rng.choice(QUESTIONS)], ("", "", ": "))
                            ),
                            **trilingual("answer", rng.choice(SENTENCES)),
                        )
                    )
                    for article in created[::5]
                ]
            )
