//! Actor knowledge base: ids, Arabic name variants, English names, CAMEO codes, dated roles.
