import pytest

from demo_content.management.commands.load_demo_content import Loader


@pytest.fixture
def reviewed_rules(db):
    """The shipped collection rules (with sources and change notes) and complaint channels, nothing else."""
    loader = Loader(reset=False)
    loader.load_collection_rules()
    loader.load_complaint_channels()
