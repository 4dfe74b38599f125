// The reader's cells carry the spreadsheet vocabulary's addresses and ranges; every consumer of cells needs them,
// so they come with `XLSXReader`.
@_exported import Spreadsheet
