"""Exchange with other annotation and QDA tools: W3C Web Annotation (JSON-LD) and REFI-QDA (.qdpx, .qdc)."""
