"""What every release table's model shares."""

import pandera.polars as pa


class ReleaseTable(pa.DataFrameModel):
    """A table of a release: exactly the declared columns, in the declared order."""

    class Config:
        strict = True
        ordered = True
