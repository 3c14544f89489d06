"""Loading: the one narrow door into the warehouse (schema, batched atomic writes, reads)."""
