import AsyncHTTPClient
import Foundation
import NIOCore
import XCTest
import TestSupport

/// A small W3C WebDriver client for Debian's chromedriver driving headless Chromium: enough to open pages,
/// find elements, type, click, read text, take screenshots and wait for downloads.
final class WebDriver {
    static let chromium = "/usr/bin/chromium"
    static let chromedriver = "/usr/bin/chromedriver"
    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    private let driver: Process
    private let base: URL
    private var session = ""
    let downloads: URL

    /// Starts chromedriver and a headless Chromium session; skips (with the reason) only when either is not
    /// installed (`scripts/install-deps` installs both).
    static func start() async throws -> WebDriver {
        for program in [chromium, chromedriver] where !FileManager.default.isExecutableFile(atPath: program) {
            throw XCTSkip("\(program) is not installed (scripts/install-deps installs chromium and chromium-driver); the browser test needs it")
        }
        return try await WebDriver()
    }

    private init() async throws {
        let port = 19_515 + Int(getpid() % 1000)
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: Self.chromedriver)
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = URL(string: "http://127.0.0.1:\(port)")!
        downloads = try TemporaryFolder("webdriver-downloads").url
        // chromedriver answers /status once it listens.
        var ready = false
        for _ in 0..<100 where !ready {
            ready = (try? await request("GET", "/status")) != nil
            if !ready { try await Task.sleep(nanoseconds: 100_000_000) }
        }
        guard ready else {
            kill(driver.processIdentifier, SIGKILL)
            throw WebDriverError.command(path: "/status", error: "not started", message: "chromedriver did not answer on port \(port)")
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": Self.chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1500",
                         "--lang=ja", "--no-first-run"],
                "prefs": ["download.default_directory": downloads.path, "download.prompt_for_download": false],
            ],
        ]]]
        let answer = try await request("POST", "/session", capabilities)
        guard let id = (answer as? [String: Any])?["sessionId"] as? String else {
            throw WebDriverError.command(path: "/session", error: "no session", message: "\(String(describing: answer))")
        }
        session = id
    }

    func quit() async {
        _ = try? await request("DELETE", "/session/\(session)")
        // chromedriver does not always end on SIGTERM; the session above already closed the browser.
        kill(driver.processIdentifier, SIGKILL)
        driver.waitUntilExit()
        try? FileManager.default.removeItem(at: downloads)
    }

    func open(_ url: String) async throws {
        _ = try await request("POST", "/session/\(session)/url", ["url": url])
    }

    func find(_ css: String) async throws -> String {
        let value = try await request("POST", "/session/\(session)/element", ["using": "css selector", "value": css])
        return try XCTUnwrap((value as? [String: Any])?[Self.elementKey] as? String, "no element \(css)")
    }

    func findAll(_ css: String) async throws -> [String] {
        let value = try await request("POST", "/session/\(session)/elements", ["using": "css selector", "value": css])
        return (value as? [[String: Any]] ?? []).compactMap { $0[Self.elementKey] as? String }
    }

    func click(_ css: String) async throws {
        let element = try await find(css)
        _ = try await request("POST", "/session/\(session)/element/\(element)/click", [:])
    }

    func type(_ css: String, _ text: String) async throws {
        let element = try await find(css)
        _ = try await request("POST", "/session/\(session)/element/\(element)/value", ["text": text])
    }

    func text(_ css: String) async throws -> String {
        let element = try await find(css)
        let value = try await request("GET", "/session/\(session)/element/\(element)/text")
        return try XCTUnwrap(value as? String)
    }

    func source() async throws -> String {
        let value = try await request("GET", "/session/\(session)/source")
        return try XCTUnwrap(value as? String)
    }

    /// Selects the option with this visible text in a `<select>`, by clicking it (in a multiple select a click
    /// adds the option to the selection).
    func choose(_ selectCSS: String, _ label: String) async throws {
        for option in try await findAll("\(selectCSS) option") {
            let text = try await request("GET", "/session/\(session)/element/\(option)/text") as? String
            if text == label {
                _ = try await request("POST", "/session/\(session)/element/\(option)/click", [:])
                return
            }
        }
        XCTFail("no option \(label) in \(selectCSS)")
    }

    /// Runs `script` (a function body) in the page and returns its value.
    func execute(_ script: String) async throws -> Any? {
        try await request("POST", "/session/\(session)/execute/sync", ["script": script, "args": [Any]()])
    }

    func screenshot(to url: URL) async throws {
        let value = try await request("GET", "/session/\(session)/screenshot")
        let encoded = try XCTUnwrap(value as? String)
        try XCTUnwrap(Data(base64Encoded: encoded)).write(to: url)
    }

    /// Waits until the page holds `css`, up to `seconds`.
    func wait(for css: String, seconds: Double = 30) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let found = try? await findAll(css), !found.isEmpty { return }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        let page = (try? await source()) ?? ""
        XCTFail("the page never showed \(css): \(page.prefix(2000))")
    }

    /// The first finished download (no `.crdownload` left), up to `seconds`.
    func download(seconds: Double = 30) async throws -> URL {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let files = (try? FileManager.default.contentsOfDirectory(at: downloads, includingPropertiesForKeys: nil)) ?? []
            if let done = files.first(where: { $0.pathExtension == "xlsx" }),
               !files.contains(where: { $0.pathExtension == "crdownload" }) { return done }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        throw WebDriverError.command(path: "download", error: "timeout", message: "no download finished within \(seconds) s")
    }

    func clearDownloads() throws {
        for file in try FileManager.default.contentsOfDirectory(at: downloads, includingPropertiesForKeys: nil) {
            try FileManager.default.removeItem(at: file)
        }
    }

    @discardableResult
    private func request(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        var request = HTTPClientRequest(url: base.absoluteString + path)
        request.method = .init(rawValue: method)
        if let body {
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
            request.headers.add(name: "Content-Type", value: "application/json")
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let data = Data(buffer: try await response.body.collect(upTo: 64 << 20))
        let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let value = answer?["value"]
        if let error = value as? [String: Any], let kind = error["error"] as? String {
            throw WebDriverError.command(path: path, error: kind, message: error["message"] as? String ?? "")
        }
        return value
    }
}

enum WebDriverError: Error { case command(path: String, error: String, message: String) }
