"""The conversations: a router, one dialog per flow, and the card prompt they share."""
