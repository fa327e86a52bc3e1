"""Pandera schemas (polars backend) of the armsdata release tables.

One DataFrameModel per table; cross-table rules in `rules`; the release checker in
`check`; the Frictionless Table Schema export in `tableschema`.
"""

from .actors import Actors
from .document_sources import DocumentSources
from .documents import Documents
from .records import Records
from .systems import Systems

MODELS = {"records": Records, "documents": Documents, "actors": Actors, "systems": Systems,
          "document_sources": DocumentSources}
TABLES = tuple(MODELS)
# Tables that releases before 0.2.0 lack: checked when datapackage.json lists them.
ADDED_TABLES = ("document_sources",)

__all__ = ["Actors", "DocumentSources", "Documents", "Records", "Systems", "MODELS", "TABLES", "ADDED_TABLES"]
