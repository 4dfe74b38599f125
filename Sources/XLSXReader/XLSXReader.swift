// Module XLSXReader: see docs/ARCHITECTURE.md.
