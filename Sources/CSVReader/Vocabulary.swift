// Dates typed in CSV fields are the spreadsheet vocabulary's `CivilDate`s; every consumer of them needs it, so it
// comes with `CSVReader`.
@_exported import Spreadsheet
