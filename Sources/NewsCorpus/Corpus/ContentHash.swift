import Crypto
import Foundation

/// SHA-256 of content, as lowercase hex: the hash of each document in a snapshot, and of each file in an
/// output folder's record (`.alliance-outputs`).
public enum ContentHash {
    /// The 64-character lowercase hex SHA-256 of `data` (swift-crypto: hundreds of MB/s).
    public static func sha256Hex(_ data: some DataProtocol) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
