from django.conf import settings
from django.utils.functional import SimpleLazyObject


def site(request):
    from articles.site_texts import site_texts

    return {
        "SITE_NAME": settings.SITE_NAME,
        # Lazy: pages that never show a site text do not touch the cache.
        "site_texts": SimpleLazyObject(site_texts),
    }
