"""Tags for the head of every page: canonical address, Open Graph locale, captured blocks and JSON-LD."""

from urllib.parse import urlencode

from django import template
from django.utils.safestring import mark_safe

from overdue_site import structured_data

register = template.Library()

# Query parameters that define a page (pagination, the lookup's question); everything else is tracking or noise.
CANONICAL_PARAMS = ("page", "platform", "days_overdue", "due_date")
OG_LOCALES = {"zh-hans": "zh_CN", "zh-hant": "zh_TW", "en": "en_US"}


@register.simple_tag(takes_context=True)
def canonical_url(context):
    request = context["request"]
    query = [
        (name, value)
        for name in CANONICAL_PARAMS
        if (value := request.GET.get(name, "").strip()) and not (name == "page" and value == "1")
    ]
    url = request.build_absolute_uri(request.path)
    return f"{url}?{urlencode(query)}" if query else url


@register.filter
def og_locale(code):
    return OG_LOCALES.get(code, "zh_CN")


@register.filter
def json_ld(data):
    return structured_data.to_script(data)


class CaptureNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, variable):
        self.nodelist = nodelist
        self.variable = variable

    def render(self, context):
        # The content is rendered (and escaped) once; blocks inside stay overridable by child templates.
        context[self.variable] = mark_safe(" ".join(self.nodelist.render(context).split()))  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}...{% endcapture %}: render once, use the result several times."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}...{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])
