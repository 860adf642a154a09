import ShipshapeCore
import Testing

@testable import SourceSyntax

/// What the fact finder reads from real-looking code in each language.
@Suite struct SourceFactsTests {
    static func facts(_ text: String, _ language: SourceLanguage) -> SourceFacts {
        SourceFacts.read(file: "f", text: text, language: language)
    }

    @Test func pythonSeedIncident() {
        let facts = Self.facts(
            """
            def setup(app):
                limiter = Limiter(
                    key_func=get_remote_address,
                    storage_uri=None,  # in-memory until Redis auth is fixed
                )
                logger.info(
                    "rate_limiting_configured",
                    default_limit=f"{settings.RATE_LIMIT_PER_MINUTE}/minute",
                    storage="redis",
                )
            """, .python)
        #expect(facts.claims.map(\.key) == ["storage"])
        #expect(facts.claims.first?.value == .string("redis"))
        #expect(facts.claims.first?.location.start == SourcePosition(line: 9, column: 17))
        let storage = facts.settings.first { $0.name == "storage_uri" }
        #expect(storage?.value == .literal(.null(spelling: "None")))
        #expect(storage?.scope == facts.claims.first?.scope)
        #expect(storage?.location.line == 4)
        // The f-string is not a literal, so `default_limit` claims nothing.
        #expect(!facts.claims.contains { $0.key == "default_limit" })
    }

    @Test func pythonScopesSeparateFunctions() {
        let facts = Self.facts(
            """
            class Settings:
                storage_uri: str | None = None

            def log_it():
                logger.info("ready", storage="redis")

            async def other():
                if cache: storage_uri = "memory://"
                else: mode = 3
            """, .python)
        let annotated = facts.settings.first { $0.value == .literal(.null(spelling: "None")) }
        #expect(annotated?.name == "storage_uri")
        let claim = facts.claims.first
        #expect(claim?.scope != annotated?.scope)
        let inline = facts.settings.first { $0.name == "storage_uri" && $0.value == .literal(.string("memory://")) }
        #expect(inline != nil && inline?.scope != claim?.scope)
        #expect(facts.settings.contains { $0.name == "mode" && $0.value == .literal(.number("3")) })
        #expect(facts.scopes.compactMap(\.name) == ["Settings", "log_it", "other"])
    }

    @Test func pythonParameterDefaultsAreNotSettings() {
        let facts = Self.facts(
            """
            def make(storage_uri=None,
                     workers: int = 4):
                logger.info("made", storage="redis")
            """, .python)
        #expect(facts.settings.isEmpty)
        #expect(facts.claims.count == 1)
    }

    @Test func messageTextClaims() {
        let facts = Self.facts(
            """
            logger.info("limiter ready storage=redis workers: 4 url=http://x Error: redis down")
            logger.info(f"storage={backend} mode=fast")
            logger.info("%s storage=%s", a, b)
            """, .python)
        let claims = facts.claims.map { "\($0.key)=\($0.value)@\($0.location.line):\($0.location.column)" }
        #expect(claims == ["storage=\"redis\"@1:36", "mode=\"fast\"@2:38"])
    }

    @Test func javascriptObjectsArrowsAndMethods() {
        let facts = Self.facts(
            """
            import rateLimit from "express-rate-limit";
            export function setup(app) {
              const limiter = rateLimit({ windowMs: 60_000, store: new MemoryStore() });
              logger.info({ store: "redis" }, "rate limiter ready");
              const re = /"storage: redis"/g;
            }
            const other = () => {
              console.log(`store=${name}`, { store: "memory" });
            };
            class Cache {
              async connect(url = "redis://x") {
                this.backend = "memcached";
                this.log.info("connected", { backend: "redis" });
              }
            }
            """, .javascript)
        #expect(facts.scopes.map(\.name) == [nil, "setup", nil, "connect"])
        let store = facts.settings.first { $0.name == "store" }
        #expect(store?.value == .constructed(callee: ["MemoryStore"]))
        let claims = facts.claims.map { "\($0.key)=\($0.value) scope \($0.scope)" }
        #expect(claims == ["store=\"redis\" scope 1", "store=\"memory\" scope 2", "backend=\"redis\" scope 3"])
        #expect(facts.settings.contains { $0.name == "backend" && $0.scope == 3 })
        // A parameter default is not a setting.
        #expect(!facts.settings.contains { $0.name == "url" })
    }

    @Test func goSlogZapLogrusAndStructLiterals() {
        let facts = Self.facts(
            """
            package main

            func newLimiter(cfg Config) (*Limiter, error) {
            	l := &Limiter{Storage: "memory", Burst: 10}
            	var mode string = "strict"
            	slog.Info("limiter ready", "storage", "redis", "burst", 20)
            	logger.Info("ready", zap.String("mode", "lenient"))
            	log.WithField("storage", "redis").Info("x")
            	log.Printf("storage=%s burst=%d", "redis", 5)
            	return l, nil
            }

            func other() { fmt.Printf("storage=redis") }
            """, .go)
        #expect(facts.scopes.map(\.name) == [nil, "newLimiter", "other"])
        let claims = Set(facts.claims.map { "\($0.key)=\($0.value)" })
        #expect(claims == ["storage=\"redis\"", "burst=20", "mode=\"lenient\""])
        #expect(facts.settings.contains { $0.name == "Storage" && $0.value == .literal(.string("memory")) })
        #expect(facts.settings.contains { $0.name == "mode" && $0.value == .literal(.string("strict")) })
        #expect(facts.settings.contains { $0.name == "Burst" && $0.value == .literal(.number("10")) })
    }

    /// Found by SourceFactsFuzzTests: a lone `#` (JavaScript's private-name sigil) never advanced the lexer.
    @Test func javascriptPrivateNamesAndALoneHash() {
        let tokens = SourceLexer.tokenize(
            "class A { #store = 1; get() { return this.#store } } #", language: .javascript)
        #expect(tokens.filter { $0.text == "#store" }.count == 2)
        #expect(tokens.last?.text == "#")
    }

    @Test func hostileInputEndsAndStaysLinear() {
        let unterminated = Self.facts("logger.info(\"storage=redis\n'''\n{{{{ ((( `${", .python)
        #expect(unterminated.claims.count <= 1)
        let deep = String(repeating: "(", count: 50_000) + String(repeating: "}", count: 50_000)
        for language in SourceLanguage.allCases {
            // One token per bracket, and nothing claimed or set by brackets alone.
            #expect(SourceLexer.tokenize(deep, language: language).count == 100_000)
            let facts = Self.facts(deep, language)
            #expect(facts.claims.isEmpty && facts.settings.isEmpty)
            #expect(Self.facts("`${`${`${", language).claims.isEmpty)
            // An unclosed comment swallows the rest: no tokens in Go and JavaScript.
            if language != .python {
                #expect(SourceLexer.tokenize("/* never closed storage=redis", language: language).isEmpty)
            }
        }
    }
}
