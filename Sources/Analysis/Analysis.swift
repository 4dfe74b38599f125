// Module Analysis: see docs/ARCHITECTURE.md.
