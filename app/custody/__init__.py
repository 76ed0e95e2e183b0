"""Chain of custody: events over serial ranges (GS1 EPCIS 2.0 / CBV), EPCIS capture and export."""
