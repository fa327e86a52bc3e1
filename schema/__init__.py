"""Pandera schemas (polars backend) of the armsdata release tables.

One DataFrameModel per table; cross-table rules in `rules`; the release checker in
`check`; the Frictionless Table Schema export in `tableschema`; record ids in `ids`.

The models (and pandera with them) are imported on first use of MODELS, TABLES or a
model's name, so that `armsdata.schema.ids` stays light for the extraction workers.
"""

from importlib import import_module

_MODEL_MODULES = {"Records": "records", "Documents": "documents", "Actors": "actors", "Systems": "systems",
                  "ActorCodes": "actor_codes", "DocumentSources": "document_sources", "Deals": "deals"}
_TABLE_MODELS = {"records": "Records", "documents": "Documents", "actors": "Actors", "systems": "Systems",
                 "actor_codes": "ActorCodes", "document_sources": "DocumentSources", "deals": "Deals"}
TABLES = tuple(_TABLE_MODELS)


def __getattr__(name: str):
    """MODELS ({table: DataFrameModel}) and the model classes, imported when first asked for."""
    if name in _MODEL_MODULES:
        model = getattr(import_module(f".{_MODEL_MODULES[name]}", __name__), name)
        globals()[name] = model
        return model
    if name == "MODELS":
        models = {table: __getattr__(model) for table, model in _TABLE_MODELS.items()}
        globals()["MODELS"] = models
        return models
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
