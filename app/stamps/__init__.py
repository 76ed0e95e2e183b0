"""Stamps: batches issued as serial ranges, activations, revocations, signed codes, verification."""
