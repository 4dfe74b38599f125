@testable import Analysis
import XCTest

/// The generators must reproduce the authors' C reference code bit for bit.
final class GeneratorReferenceTests: XCTestCase {
    func testXoshiroFromExplicitStateMatchesReferenceC() throws {
        let fixture = try RandomFixtures.load("reference", as: RandomFixtures.Generators.self)
        let s = try RandomFixtures.uint64s(fixture.xoshiroState)
        var generator = try XCTUnwrap(Xoshiro256StarStar(state: (s[0], s[1], s[2], s[3])))
        let produced = (0..<fixture.xoshiroOutputs.count).map { _ in generator.next() }
        XCTAssertEqual(produced, try RandomFixtures.uint64s(fixture.xoshiroOutputs))
    }

    func testSplitMixMatchesReferenceC() throws {
        let fixture = try RandomFixtures.load("reference", as: RandomFixtures.Generators.self)
        var generator = SplitMix64(seed: try XCTUnwrap(UInt64(fixture.splitMixSeed)))
        let produced = (0..<fixture.splitMixOutputs.count).map { _ in generator.next() }
        XCTAssertEqual(produced, try RandomFixtures.uint64s(fixture.splitMixOutputs))
    }

    func testSeedingThroughSplitMixMatchesReferenceC() throws {
        let fixture = try RandomFixtures.load("reference", as: RandomFixtures.Generators.self)
        var generator = Xoshiro256StarStar(seed: try XCTUnwrap(UInt64(fixture.seededSeed)))
        let produced = (0..<fixture.seededOutputs.count).map { _ in generator.next() }
        XCTAssertEqual(produced, try RandomFixtures.uint64s(fixture.seededOutputs))
    }

    func testAllZeroStateIsRejected() {
        XCTAssertNil(Xoshiro256StarStar(state: (0, 0, 0, 0)))
    }
}
