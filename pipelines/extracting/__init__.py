"""Who claimed, denied, or declined to comment on what, in an article body."""

from pipelines.extracting.attributions import extract_attributions, extract_batch, load_nlp

__all__ = ["extract_attributions", "extract_batch", "load_nlp"]
