"""The published releases of armsdata (one folder per version, never edited in place).

This folder is a package only so that the releases install with `pip install armsdata`.
"""
