"""The site's gunicorn settings (``gunicorn.conf.py`` at the project root), without its hook that writes the site's
pending view counts when a worker stops: the reference page has none."""

import runpy
from pathlib import Path

_site = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
globals().update({name: value for name, value in _site.items() if not name.startswith("_") and name != "worker_exit"})
