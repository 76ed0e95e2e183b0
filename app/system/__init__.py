"""Health and other endpoints about the service itself."""
