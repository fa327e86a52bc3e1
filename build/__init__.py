"""The armsdata pipeline: seeds -> ingest -> extract -> assemble -> validate -> publish.

Each stage is a module with one entry function and explicit inputs and outputs;
`pipeline.build_release` runs them in order.
"""
