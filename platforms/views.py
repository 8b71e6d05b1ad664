# Being written: replace each function below.
from django.http import Http404


def platform_list(request, *args, **kwargs):
    raise Http404


def platform_detail(request, *args, **kwargs):
    raise Http404
