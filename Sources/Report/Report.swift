// Module Report: see docs/ARCHITECTURE.md.
