import Foundation
import Hummingbird
import HummingbirdTesting
import Workbench
import XCTest

extension XCTestCase {
    /// Runs `body` against a workbench served through Hummingbird's router test framework (no socket).
    func withWorkbench(_ configuration: WorkbenchConfiguration = WorkbenchConfiguration(port: 0),
                       tools: any ToolProvider = FixtureTools(),
                       _ body: @escaping @Sendable (TestBrowser) async throws -> Void) async throws {
        let workbench = try Workbench(configuration: configuration, tools: tools)
        try await workbench.application().test(.router) { client in
            try await body(TestBrowser(client))
        }
    }
}
