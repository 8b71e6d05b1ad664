import pytest
from django.core.management import call_command
from django.db import transaction
from hypothesis import HealthCheck, settings

# One fixed, reproducible fuzzing profile for the hardening tests, locally and in CI: the same examples every run
# (derandomize), no example database, no per-example deadline (CI machines are slow and shared).
settings.register_profile(
    "hardening",
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
HARDENING = settings.get_profile("hardening")


@pytest.fixture(scope="module")
def _demo_content_for_module(django_db_setup, django_db_blocker):
    """Loaded once per test module inside a transaction that is rolled back at its end; each test then runs in a
    savepoint of it (pytest-django's usual per-test transaction), so tests still cannot affect each other."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_content(_demo_content_for_module, db):
    """The shipped demo content: platforms, stages, sources, articles, FAQ entries, site texts in three languages."""
