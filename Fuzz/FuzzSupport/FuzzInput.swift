import Foundation

/// The bytes libFuzzer hands to `LLVMFuzzerTestOneInput`, as `Data` (a copy: the fuzzer owns the buffer).
public func fuzzInput(_ start: UnsafeRawPointer?, _ count: Int) -> Data {
    guard let start, count > 0 else { return Data() }
    return Data(bytes: start, count: count)
}

/// Stops the fuzzer with a report when an invariant of the code under test does not hold.
public func fuzzCheck(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("fuzz invariant failed: \(message())") }
}
