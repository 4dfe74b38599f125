// A report places cells by the spreadsheet vocabulary's addresses and ranges (`CellAddress`, `CellRange`,
// `SheetName`); every module that builds or reads a report speaks it, so it comes with `Report`.
@_exported import Spreadsheet
