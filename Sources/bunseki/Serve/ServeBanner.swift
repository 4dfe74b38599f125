import Procedures
import Foundation
import Workbench

/// What `bunseki serve` prints once it listens: the address to open, the codes, how to stop.
enum ServeBanner {
    static func text(configuration: WorkbenchConfiguration, port: Int) -> String {
        let l = configuration.language
        var lines: [String] = []
        if configuration.lan {
            lines.append(l.pick(ja: "ワークベンチを起動しました。受講者はブラウザーで次の住所を開きます:",
                                en: "The workbench is running. Participants open this address in their browser:"))
            // Bound to every interface, participants reach any of this machine's addresses; bound to one (`--host`),
            // only that one.
            let addresses = ["0.0.0.0", "::"].contains(configuration.host) ? LocalAddresses.ipv4() : [configuration.host]
            for address in addresses { lines.append("  http://\(address):\(port)/") }
            lines.append(l.pick(ja: "アクセスコード: \(configuration.accessCode ?? "")", en: "Access code: \(configuration.accessCode ?? "")"))
        } else {
            lines.append(l.pick(ja: "ワークベンチを起動しました。このコンピューターのブラウザーで開いてください:",
                                en: "The workbench is running. Open it in this computer's browser:"))
            lines.append("  http://\(configuration.host):\(port)/")
        }
        if let classroom = configuration.classroom {
            lines.append(l.pick(ja: "受講者の演習ページ: /class　講師ページ: /teacher（講師コード: \(classroom.instructorCode)）",
                                en: "Participants' exercise page: /class  Instructor page: /teacher (instructor code: \(classroom.instructorCode))"))
        }
        lines.append(l.pick(ja: "止めるには Ctrl+C（アップロードされたファイルと結果はすべて消えます）。",
                            en: "Stop with Ctrl+C (every uploaded file and result is deleted)."))
        return lines.joined(separator: "\n")
    }
}

/// This machine's IPv4 addresses other than loopback, for the address participants type.
enum LocalAddresses {
    static func ipv4() -> [String] {
        var addresses: [String] = []
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return ["<this computer's address>"] }
        defer { freeifaddrs(list) }
        var pointer: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = pointer {
            defer { pointer = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                let text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !text.hasPrefix("127.") { addresses.append(text) }
            }
        }
        return addresses.isEmpty ? ["<this computer's address>"] : addresses
    }
}
