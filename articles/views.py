# Being written: replace each function below.
from django.http import Http404


def article_detail(request, *args, **kwargs):
    raise Http404


def faq_index(request, *args, **kwargs):
    raise Http404


def rights_index(request, *args, **kwargs):
    raise Http404


def guide_index(request, *args, **kwargs):
    raise Http404


def category_detail(request, *args, **kwargs):
    raise Http404
