"""DataGO: open-data portal logic of Kota Magelang's Satu Data portal.

Catalogs, organizations with Satu Data roles, datasets and resources, the publication
workflow and validation with bilingual findings, metadata standards and more. Every rule lives
in the Rust core (``datago-core``); this package only converts values and errors.

>>> import datago
>>> ds = datago.Dataset.from_json('{"id": "d-1", "slug": "jumlah-puskesmas"}')
>>> sorted({f.severity for f in ds.validate()})
['error', 'warning']
"""

from __future__ import annotations

from . import _core
from ._core import *  # noqa: F403  (the native module is the API; see _core.pyi)
from ._core import __version__

__all__ = sorted(name for name in dir(_core) if not name.startswith("_")) + ["__version__"]
