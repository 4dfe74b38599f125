import Hummingbird

/// The request context of every route: Hummingbird's basics plus the client's IP address, which the code
/// guard counts wrong codes by (a session cookie is no key for that: a guesser simply drops it).
public struct WorkbenchContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The address without the port (a browser opens several connections); nil when unknown, as in the
    /// router tests, where every request then counts as one client.
    let client: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        client = source.channel.remoteAddress?.ipAddress
    }
}
