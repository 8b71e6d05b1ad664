# Being written: replace each function below.
from django.http import Http404


def lookup(request, *args, **kwargs):
    raise Http404
