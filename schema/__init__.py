"""Pandera schemas (polars backend) of the armsdata release tables.

One DataFrameModel per table; cross-table rules in `rules`; the release checker in
`check`; the Frictionless Table Schema export in `tableschema`.
"""

from .actor_codes import ActorCodes
from .actors import Actors
from .deals import Deals
from .document_sources import DocumentSources
from .documents import Documents
from .records import Records
from .systems import Systems

MODELS = {"records": Records, "documents": Documents, "actors": Actors, "systems": Systems,
          "actor_codes": ActorCodes, "document_sources": DocumentSources, "deals": Deals}
TABLES = tuple(MODELS)
