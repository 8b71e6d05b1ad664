from django.utils.functional import SimpleLazyObject

from .site_texts import site_texts as load_site_texts


def site_texts(request):
    # Lazy: pages that never show a site text do not query them.
    return {"site_texts": SimpleLazyObject(load_site_texts)}
