import Report
import Tabular

extension Column {
    /// Each cell's text as displayed, the labels of a categorical column; nil where the cell has no
    /// category: empty, blank text, or an error value (`#N/A` names no group).
    /// Labels are compared as displayed, so `30代` and the number 30 are different categories.
    package var categoryLabels: [String?] {
        values.map { value in
            let text = value.displayText
            return text.isEmpty || value.kind == .error ? nil : text
        }
    }

    /// The column as a categorical column of a result's data sheet.
    package var categoryDataColumn: CategoryDataSheet.Column {
        CategoryDataSheet.Column(name: name, labels: categoryLabels)
    }
}
