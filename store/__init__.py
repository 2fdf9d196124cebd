"""Domain models of a Heroma access case and the persistence behind small interfaces."""
