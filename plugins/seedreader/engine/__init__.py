"""The build engine: processes that read and write in parallel, rebuild state, and the search index."""
