// Module Tabular: see docs/ARCHITECTURE.md.
