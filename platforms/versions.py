"""Content history: every saved version of a platform keeps its stages and sources with it (see history/)."""

from history.registration import register
from history.restore import RestoreRules, register_restore_rules

from .models import Platform, Source, Stage
from .timeline import MAX_DAY, stage_set_errors

register(Stage)
register(Source)
# Following the stages and sources puts them in the platform's revision, so restoring it restores the set.
register(Platform, follow=("stages", "sources"))


def move_stages_aside(platform: Platform) -> None:
    """Park the remaining stages on one-day ranges past the last real day before old values are written back.

    The stages are written one by one and the unique "one stage per first day" and "one open-ended stage" rules
    are checked on every write, so two stages swapping days would clash half-way otherwise.
    """
    for offset, pk in enumerate(platform.stages.order_by("pk").values_list("pk", flat=True), start=1):
        Stage.objects.filter(pk=pk).update(first_day=MAX_DAY + offset, last_day=MAX_DAY + offset)


def restored_stage_problems(platform: Platform) -> list[str]:
    return stage_set_errors(platform.stages.all())


register_restore_rules(Platform, RestoreRules(prepare=move_stages_aside, check=restored_stage_problems))
