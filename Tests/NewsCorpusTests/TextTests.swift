import Testing

@testable import NewsCorpus

@Suite struct TokenizerTests {
    func words(_ s: String) -> [String] { Tokenizer.tokenize(Array(s.unicodeScalars)).map(\.text) }

    /// The general punctuation read without Foundation is normalized as ``TextNormalizer`` normalizes it.
    @Test func generalPunctuationIsNormalizedAsBefore() {
        for v in UInt32(0x2010)...0x2027 {
            let s = Unicode.Scalar(v)!
            let (text, norm) = Tokenizer.textAndNorm([s][...])
            #expect(text == String(s) && norm == TextNormalizer.normalize(text) && norm.utf8.elementsEqual(TextNormalizer.normalize(text).utf8))
        }
    }

    /// One-character tokens read from the tables have the forms built from bytes or normalized.
    @Test func oneCharacterTokensFromTables() {
        for v in UInt8(0)..<128 {
            let s = Unicode.Scalar(v)
            let (text, norm) = Tokenizer.textAndNorm([s][...])
            #expect(text == String(s) && norm.utf8.elementsEqual(TextNormalizer.normalize(text).utf8))
        }
        #expect(Tokenizer.textAndNorm(Array("Kyiv".unicodeScalars)[...]) == ("Kyiv", "kyiv"))
        #expect(Tokenizer.textAndNorm(Array("Kyïv".unicodeScalars)[...]) == ("Kyïv", "kyiv"))
    }

    @Test func possessivesAndAbbreviations() {
        #expect(words("Russia's ally, the U.S. and Kim Jong-un.") == ["Russia", "'s", "ally", ",", "the", "U.S.", "and", "Kim", "Jong", "-", "un", "."])
        #expect(words("Russia’s war") == ["Russia", "’s", "war"])
        #expect(words("don't") == ["don", "'t"])
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "Tô Lâm met Putin."
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        let putin = tokens.first { $0.text == "Putin" }!
        #expect(putin.start == 11 && putin.end == 16)
    }

    @Test func sentences() {
        let text = "Mr. Smith went to Washington. He met the U.S. president.\nChina\nChina is a partner."
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        let s = SentenceSplitter.split(tokens)
        #expect(s.count == 4)
        #expect(s.map(\.isHeading) == [false, false, true, false])
    }

    /// A newswire story wrapped at 60-odd columns, paragraphs marked by indentation, a headline in capitals.
    static let wrapped = """
        YUGOSLAVIA, UAE TO INITIATE EFFORTS TO END GULF WAR
        Yugoslavia and the United Arab
        Emirates (UAE) have agreed to initiate efforts to end the Iraq-
        Iran war, UAE Minister of State for Foreign Affairs Rashid
        Abdulla al-Nuaimi said today on return from Belgrade.
            He was the first senior UAE official to visit Yugoslavia
        since the two countries established diplomatic relations last
        November.
        """

    @Test func hardWrappedLinesAreJoined() {
        let text = TokenizedText(Self.wrapped)
        let sentences = text.sentences.map { s in text.tokens[s.tokenRange].filter { $0.kind == .word }.map(\.text).joined(separator: " ") }
        #expect(sentences.count == 3)
        #expect(sentences[0].hasPrefix("YUGOSLAVIA") && sentences[0].hasSuffix("WAR"))
        #expect(sentences[1].hasPrefix("Yugoslavia and the United Arab Emirates"))
        #expect(sentences[2].hasSuffix("relations last November"))
    }

    @Test func articlesOneParagraphPerLineAreLeftAlone() {
        let text = "North Korea\nPyongyang signed a pact with Moscow in June, days after the summit in the capital.\nVietnam\nHanoi hosted Putin."
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        #expect(HardWrap.unwrapped(tokens) == tokens)
        #expect(SentenceSplitter.split(HardWrap.unwrapped(tokens)).map(\.isHeading) == [true, false, true, false])
    }
}

@Suite struct TextDecoderTests {
    @Test func utf8AndBOM() throws {
        let (text, enc) = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Tô".utf8)).get()
        #expect(text == "Tô" && enc == .utf8)
    }

    @Test func windows1252Fallback() throws {
        let (text, enc) = try TextDecoder.decode([0x54, 0xF4, 0x20, 0x93, 0x71, 0x94]).get()
        #expect(text == "Tô \u{201C}q\u{201D}" && enc == .windows1252)
    }

    @Test func utf16WithBOM() throws {
        let (text, enc) = try TextDecoder.decode([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]).get()
        #expect(text == "Hi" && enc == .utf16LE)
    }

    @Test func binaryAndEmpty() {
        #expect(throws: TextDecodingProblem.binary) { try TextDecoder.decode([0x00, 0x01, 0x02, 0x41]).get() }
        #expect(throws: TextDecodingProblem.empty) { try TextDecoder.decode([]).get() }
        #expect(throws: TextDecodingProblem.empty) { try TextDecoder.decode(Array("  \n ".utf8)).get() }
    }
}

@Suite struct VocabularyTests {
    /// Each named word class is the bit of its own word list, and every word of the list has it.
    @Test func wordClassBitsMatchTheirLists() {
        let named: [(WordClasses, Set<String>)] = [
            (.prepositions, WordClass.prepositions), (.clauseOpeners, WordClass.clauseOpeners),
            (.relativePronouns, WordClass.relativePronouns), (.speechVerbs, WordClass.speechVerbs),
            (.breakdownWords, WordClass.breakdownWords), (.clausePunctuation, WordClass.clausePunctuation),
            (.unresolvedPossessives, WordClass.unresolvedPossessives), (.demonstratives, WordClass.demonstratives),
            (.listGlue, WordClass.listGlue), (.determiners, WordClass.determiners),
            (.auxiliaries, WordClass.auxiliaries), (.beForms, WordClass.beForms),
            (.plannedMarkers, WordClass.plannedMarkers), (.plannedAfterMarkers, WordClass.plannedAfterMarkers),
            (.negationMarkers, WordClass.negationMarkers), (.hypotheticalMarkers, WordClass.hypotheticalMarkers),
            (.allegationMarkers, WordClass.allegationMarkers), (.sportsWords, WordClass.sportsWords),
            (.roleModifiers, WordClass.roleModifiers), (.directions, WordClass.directions),
            (.titleWords, WordClass.titleWords), (.calendarWords, WordClass.calendarWords),
            (.nonStateModifiers, WordClass.nonStateModifiers), (.leaderStateNouns, WordClass.leaderStateNouns),
            (.privatePersonNouns, WordClass.privatePersonNouns), (.proposalWords, WordClass.proposalWords),
            (.denialWords, WordClass.denialWords), (.directiveVerbs, WordClass.directiveVerbs),
            (.prospectNouns, WordClass.prospectNouns), (.privateVisitModifiers, WordClass.privateVisitModifiers),
            (.adjunctPrepositions, WordClass.adjunctPrepositions), (.adjunctHeads, WordClass.adjunctHeads),
            (.companyNouns, WordClass.companyNouns), (.groupNouns, WordClass.groupNouns),
            (.documentNouns, WordClass.documentNouns), (.authoringVerbs, WordClass.authoringVerbs),
            (.stateNouns, WordClass.stateNouns), (.clauseEnders, WordClass.clauseEnders),
            (.clauseEndMarks, WordClass.clauseEndMarks), (.anaphorOpeners, WordClass.anaphorOpeners),
            (.descriptionHeads, WordClass.descriptionHeads), (.speakerGap, WordClass.speakerGap),
            (.agreementHeads, WordClass.agreementHeads), (.verbMarkers, WordClass.verbMarkers),
            (.roleStarts, WordClass.roleStarts), (.travelVerbs, WordClass.travelVerbs),
            (.gatheringNouns, WordClass.gatheringNouns), (.departureVerbs, WordClass.departureVerbs),
            (.presupposingVerbs, WordClass.presupposingVerbs),
            (.predictionFrames, WordClass.predictionFrames),
        ]
        #expect(named.count == WordClasses.members.count)
        let vocabulary = Vocabulary()
        for (bit, words) in named {
            #expect(WordClasses.members[bit.rawValue.trailingZeroBitCount] == words)
            for w in words { #expect(vocabulary.word(vocabulary.id(of: w), isIn: bit), "\(w)") }
        }
        #expect(vocabulary.id(of: "zebra") == Vocabulary.unknown)
    }
}
