// Module Workshop: see docs/ARCHITECTURE.md.
