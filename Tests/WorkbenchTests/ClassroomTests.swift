import Foundation
import Hummingbird
import HummingbirdTesting
import Report
import ReportWriter
@testable import Workbench
import Workshop
import XCTest
import TestSupport

/// Classroom mode over HTTP: the participant's own workbook is the one `exercise build` hands out, a
/// returned workbook is graded by the Workshop grader with ○/× and hints (the expected value of a wrong
/// answer only after release), and the instructor page behind its own code.
final class ClassroomTests: XCTestCase {
    static let specPath = Repository.file("Exercises/overtime-regression.yaml").path

    private func configuration() -> WorkbenchConfiguration {
        WorkbenchConfiguration(port: 0, classroom: ClassroomConfiguration(specPath: Self.specPath, participants: 3,
                                                                          instructorCode: "TEACH234"))
    }

    func testParticipantGetsTheBuildsWorkbookAndSeesTheirGradeWithoutWrongAnswersKeys() async throws {
        let spec = try ExerciseSpecLoader.load(path: Self.specPath)
        let built = try Self.build(spec)
        let filled = try Self.filled(spec, variant: 2, wrong: 1)
        try await withWorkbench(configuration()) { browser in
            let page = try await browser.get("/class")
            XCTAssertTrue(page.text.contains("あなたの番号"))
            XCTAssertFalse(page.text.contains("/class/workbook"), "no download before choosing oneself")
            try await browser.post("/class/join", ["participant": "2"])
            let download = try await browser.get("/class/workbook")
            XCTAssertEqual(download.status, .ok)
            XCTAssertEqual(download.body, built, "the very workbook exercise build writes to 配布/")
            XCTAssertTrue(download.headers[.contentDisposition]?.contains("overtime-regression-02.xlsx") == true)

            try await browser.get("/class")
            let submitted = try await browser.upload("/class/submit", fileName: "mine.xlsx", bytes: filled.bytes)
            XCTAssertEqual(submitted.status, .seeOther)
            let graded = try await browser.get("/class")
            let total = filled.key.answers.filter { $0.value != nil }.count
            XCTAssertTrue(graded.text.contains("id=\"score\">\(total - 1) / \(filled.key.answers.count)<"), graded.text)
            XCTAssertTrue(graded.text.contains("mark ng"), "the wrong answer is marked ×")
            XCTAssertFalse(graded.text.contains(filled.wrongExpected), "the key of a wrong answer stays hidden")

            // The instructor releases the keys; then the expected value appears beside the wrong answer.
            let instructor = TestBrowser(browser.client)
            let gate = try await instructor.get("/teacher")
            XCTAssertTrue(gate.text.contains("instructor-code"))
            let wrongCode = try await instructor.post("/teacher/login", ["code": "WRONG999"])
            XCTAssertEqual(wrongCode.status, .unauthorized)
            try await instructor.post("/teacher/login", ["code": "teach234"])
            let dashboard = try await instructor.get("/teacher")
            XCTAssertTrue(dashboard.text.contains("\(total - 1) / \(filled.key.answers.count)"), "live score")
            XCTAssertTrue(dashboard.text.contains("<td>2</td><td></td><td>✓</td><td>✓</td>"), "downloaded and handed in")
            let grades = try await instructor.get("/teacher/grades.xlsx")
            XCTAssertEqual(grades.status, .ok)
            XCTAssertTrue(grades.body.starts(with: [0x50, 0x4B]))
            let refused = try await browser.post("/teacher/release", ["release": "1"])
            XCTAssertEqual(refused.status, .unauthorized, "a participant cannot release the keys")
            try await instructor.post("/teacher/release", ["release": "1"])
            let after = try await browser.get("/class")
            XCTAssertTrue(after.text.contains(filled.wrongExpected), "released: the expected value is shown")
        }
    }

    func testAFileThatIsNoExerciseWorkbookIsSaidSo() async throws {
        try await withWorkbench(configuration()) { browser in
            try await browser.get("/class")
            try await browser.post("/class/join", ["participant": "1"])
            let staff = try Data(contentsOf: Repository.file("Workbooks/staff.xlsx"))
            try await browser.upload("/class/submit", fileName: "staff.xlsx", bytes: staff)
            let page = try await browser.get("/class")
            XCTAssertTrue(page.text.contains("id=\"grade-problem\""))
            XCTAssertTrue(page.text.contains("演習ブックではない"))
        }
    }

    /// What `exercise build` writes for participant 2 of 3.
    static func build(_ spec: ExerciseSpec) throws -> Data {
        let folder = try TemporaryFolder("class").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try ClassSetBuilder(spec: spec).build(roster: ClassRoster(count: 3), into: folder)
        return try Data(contentsOf: folder.appendingPathComponent(output.exerciseWorkbooks[1]))
    }

    /// The variant's workbook with every answer typed correctly but the `wrong`-th figure's, which is off by 1.
    static func filled(_ spec: ExerciseSpec, variant: Int, wrong: Int) throws -> (bytes: Data, key: AnswerKey, wrongExpected: String) {
        let dataset = try DatasetGenerator.generate(spec, variant: variant)
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        var document = ExerciseWorkbook.document(spec: spec, dataset: dataset, participant: .init(number: variant, name: nil))
        let layout = AnswerSheetLayout(spec: spec)
        var typed: [CellAddress: ReportValue] = [:]
        var wrongExpected = ""
        let wrongIndex = key.answers.indices.first { index in
            guard index >= wrong, case .number? = key.answers[index].value else { return false }
            return true
        }
        for (index, answer) in key.answers.enumerated() {
            guard let address = layout.answerAddress(of: answer.figureID) else { continue }
            let places = layout.figures.first { $0.figure.id == answer.figureID }?.figure.decimals
            switch answer.value {
            case .number(let value)?:
                if index == wrongIndex {
                    typed[address] = .number(value + 1)
                    wrongExpected = "正解: " + (places.map { String(format: "%.\($0)f", value) } ?? NumberTextShort.format(value))
                } else {
                    typed[address] = .number(value)
                }
            case .decision(let yes)?: typed[address] = .text(yes ? "はい" : "いいえ")
            case nil: break
            }
        }
        for sheet in document.sheets.indices where document.sheets[sheet].name == AnswerSheetLayout.sheetName {
            document.sheets[sheet].blocks = document.sheets[sheet].blocks.map { block in
                guard case .cells(let cells) = block.content else { return block }
                return ReportBlock(at: block.origin, .cells(cells.map { placed in
                    let absolute = placed.address.offset(rows: block.origin.row, columns: block.origin.column)
                    guard let value = typed[absolute] else { return placed }
                    var cell = placed.cell
                    cell.content = .value(value)
                    return PositionedCell(placed.address, cell)
                }))
            }
        }
        return (try WorkbookBytes.write(document), key, wrongExpected)
    }
}
