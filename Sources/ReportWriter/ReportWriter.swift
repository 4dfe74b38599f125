// Module ReportWriter: see docs/ARCHITECTURE.md.
