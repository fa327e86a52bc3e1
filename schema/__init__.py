"""Pandera schemas (polars backend) of the armsdata release tables.

One DataFrameModel per table; cross-table rules in `rules`; the release checker in
`check`; the Frictionless Table Schema export in `tableschema`.
"""

from .actors import Actors
from .deals import Deals
from .documents import Documents
from .records import Records
from .systems import Systems

MODELS = {"records": Records, "documents": Documents, "actors": Actors, "systems": Systems, "deals": Deals}
TABLES = tuple(MODELS)

__all__ = ["Actors", "Deals", "Documents", "Records", "Systems", "MODELS", "TABLES"]
