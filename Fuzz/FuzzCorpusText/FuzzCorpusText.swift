import AllianceGraph
import NewsCorpus
import FuzzSupport

/// The built-in lexicon and cues, loaded once (as `alliance build` does per run).
let extractor: Extractor = {
    do {
        return Extractor(lexicon: try Lexicon.builtIn(), cues: try CueDictionary.builtIn())
    } catch {
        fatalError("cannot load the built-in lexicon: \(error)")
    }
}()

/// Fuzzes the corpus path of `alliance build` for one file: bytes → ``TextDecoder`` → ``Extractor``.
/// Every input must either be refused with a ``TextDecodingProblem`` or be extracted without a crash,
/// and every piece of evidence must point inside the document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCorpusText(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = [UInt8](fuzzInput(start, count))
    guard case .success(let (text, encoding)) = TextDecoder.decode(bytes) else { return 0 }
    let record = DocumentRecord(id: "fuzz", path: "fuzz.txt", sha256: "", characters: text.unicodeScalars.count)
    let extraction = extractor.extract(Document(record: record, text: text, encoding: encoding))
    for event in extraction.events {
        let e = event.evidence
        fuzzCheck(0 <= e.start && e.start <= e.end && e.end <= record.characters, "evidence \(e.start)..<\(e.end) outside the text")
        fuzzCheck(event.key.source != event.key.target, "self-tie \(event.key.source)")
    }
    return 0
}
