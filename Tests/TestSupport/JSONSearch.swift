/// The first number stored under `key` anywhere in a parsed JSON value (`JSONSerialization`), depth first; nil when
/// there is none. For tests that compare one figure of a command's `--json` body with what a page shows.
public func jsonNumber(named key: String, in value: Any) -> Double? {
    if let object = value as? [String: Any] {
        if let number = object[key] as? Double { return number }
        for child in object.values { if let found = jsonNumber(named: key, in: child) { return found } }
    } else if let array = value as? [Any] {
        for child in array { if let found = jsonNumber(named: key, in: child) { return found } }
    }
    return nil
}
