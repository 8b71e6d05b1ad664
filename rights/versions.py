"""Content history: every saved version of a collection rule keeps its sources and change notes with it."""

from history.registration import register

from .models import CollectionRule, RuleChangeNote, RuleSource

register(RuleSource)
register(RuleChangeNote)
register(CollectionRule, follow=("sources", "change_notes"))
