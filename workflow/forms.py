from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

DATETIME_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class ScheduleForm(forms.Form):
    publish_at = forms.DateTimeField(
        label=_("Publish at"),
        widget=DATETIME_INPUT,
    )
    unpublish_at = forms.DateTimeField(
        label=_("Unpublish at"),
        required=False,
        widget=DATETIME_INPUT,
        help_text=_("Optional. Leave empty to keep the pages published."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["publish_at"].help_text = _("Times are in the %(zone)s time zone.") % {"zone": settings.TIME_ZONE}

    def clean(self):
        data = super().clean()
        publish_at, unpublish_at = data.get("publish_at"), data.get("unpublish_at")
        if publish_at and unpublish_at and unpublish_at <= publish_at:
            self.add_error("unpublish_at", _("The unpublish time must be after the publish date."))
        return data


class StaleDaysForm(forms.Form):
    days = forms.IntegerField(label=_("Not reviewed for more than (days)"), min_value=0, max_value=3650)
