from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """A constant answer for load balancers (and the benchmark's ceiling): no database, no cache, no template."""
    return HttpResponse("ok", content_type="text/plain")
