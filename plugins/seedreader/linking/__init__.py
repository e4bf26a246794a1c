"""Linking the archive: READ MORE lines resolved to stories, the story graph, threads and the links file."""
