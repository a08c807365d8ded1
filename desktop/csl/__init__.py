"""Citation metadata below readers and writers: the CSL-JSON item model and the RIS type mapping."""
