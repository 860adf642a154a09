import ShipshapeCore

enum LogContradictsConfigExamples {
    static let triggering: [Example] = [
        // The incident: slowapi switched to in-memory storage, the log line did not follow.
        Example(
            files: [
                "backend/core/rate_limiter.py": """
                from slowapi import Limiter
                from slowapi.util import get_remote_address

                def setup_rate_limiting(app, settings):
                    limiter = Limiter(
                        key_func=get_remote_address,
                        default_limits=[f"{settings.RATE_LIMIT_PER_MINUTE}/minute"],
                        storage_uri=None,  # TEMPORARY: in-memory until Redis auth is fixed
                    )
                    app.state.limiter = limiter
                    logger.info(
                        "rate_limiting_configured",
                        default_limit=f"{settings.RATE_LIMIT_PER_MINUTE}/minute",
                        storage=1️⃣"redis",
                    )
                    return limiter
                """
            ],
            expect: [
                "1️⃣": "log states storage=\"redis\" but storage_uri is set to None on line 8 in setup_rate_limiting()"
            ]),
        // The same at module level, with the claim in the message text and a memory:// URL.
        Example(
            files: [
                "app/limits.py": """
                limiter = Limiter(key_func=get_remote_address, storage_uri="memory://")
                logging.getLogger(__name__).info("limiter ready storage=1️⃣redis")
                """
            ],
            expect: ["1️⃣": "storage_uri is set to \"memory://\""]),
        // express-rate-limit with its default MemoryStore, pino logging a Redis store.
        Example(
            files: [
                "src/limiter.ts": """
                import rateLimit, { MemoryStore } from "express-rate-limit";

                export function createLimiter(app: Express): void {
                  const limiter = rateLimit({ windowMs: 60_000, limit: 100, store: new MemoryStore() });
                  app.use(limiter);
                  logger.info({ store: 1️⃣"redis", limit: 2️⃣500 }, "rate limiter ready");
                }
                """
            ],
            expect: ["1️⃣": "store is set to MemoryStore(…)", "2️⃣": "limit is set to 100"]),
        // Go: a struct literal configures memory, slog says redis; a boolean and zap's fields.
        Example(
            files: [
                "internal/limit/limit.go": """
                package limit

                func New(logger *zap.Logger) *Limiter {
                	l := &Limiter{Storage: "memory", Burst: 20}
                	cacheEnabled := false
                	slog.Info("limiter ready", "storage", 1️⃣"redis")
                	logger.Info("cache", zap.String("cache", 2️⃣"on"))
                	return l
                }
                """
            ],
            expect: ["1️⃣": "Storage is set to \"memory\" on line 4 in New()", "2️⃣": "cacheEnabled is set to false"]),
    ]

    static let nonTriggering: [Example] = [
        // The incident's fix: the log says memory, and None is how slowapi spells memory.
        Example(files: [
            "backend/core/rate_limiter.py": """
            def setup_rate_limiting(app):
                limiter = Limiter(key_func=get_remote_address, storage_uri=None)
                logger.info("rate_limiting_configured", storage="memory")
            """
        ]),
        // Logged from the value in use, or configured on two branches, each logged truthfully.
        Example(files: [
            "app/limits.py": """
            def make(settings):
                storage_uri = settings.REDIS_URL or None
                logger.info("limiter", storage=storage_uri, mode="strict")
                if settings.USE_REDIS:
                    limiter = Limiter(storage_uri="redis://redis:6379/0")
                    logger.info("limiter", storage="redis")
                else:
                    limiter = Limiter(storage_uri=None)
                    logger.info("limiter", storage="memory")
            """
        ]),
        // Configured in one function, logged in another: the text cannot tell which runs.
        Example(files: [
            "app/cache.py": """
            STORAGE_URI = None

            def configure():
                return Limiter(storage_uri=None)

            def report():
                logger.info("cache", storage="redis", storage_uri="redis://cache:6379")
            """
        ]),
        // URL schemes in the family of the logged backend; prose, comments and print are not log calls.
        Example(files: [
            "app/db.py": """
            def connect():
                database_url = "postgresql+asyncpg://app@db/app"
                cache_url = "rediss://cache:6380/0"
                log.info("connected", database="postgres", cache="redis")
                # logger.info("x", storage="redis")  storage_uri=None
                print(f"storage=redis {database_url}")
            """,
            "src/server.js": """
            const port = 8080;
            function start() {
              const env = "production";
              const store = new RedisStore({ client });
              logger.info({ env: "prod", store: "redis" }, `listening port=${port}`);
            }
            """,
            "cmd/api/main.go": """
            package main

            func main() {
            	addr := ":8080"
            	rdb := redis.NewClient(&redis.Options{Addr: "redis:6379"})
            	log.Printf("storage=%s addr=%s", "memory", addr)
            	fmt.Println("storage=memory")
            }
            """,
        ]),
        // Test code never deploys: its fixtures may say anything.
        Example(files: [
            "tests/test_limits.py": """
            def test_fallback():
                limiter = Limiter(storage_uri=None)
                logger.info("x", storage="redis")
            """,
            "internal/limit/limit_test.go": """
            package limit
            func TestX(t *testing.T) { s := Limiter{Storage: "memory"}; slog.Info("x", "storage", "redis") }
            """,
        ]),
        // Not a contradiction: a host is not a backend name, prose is not a field, a log line
        // narrating the state before the code changes it is true when it runs.
        Example(files: [
            "app/jobs.py": """
            def run(job):
                db_host = "localhost"
                error = None
                logger.info("connecting", db="postgres")
                logger.error("Error: redis unavailable")
                logger.info("job starting", status="pending", status_code=202)
                job.status = "running"
                return JSONResponse(status_code=503)
            """
        ]),
        // Secrets are never compared (nor printed).
        Example(files: [
            "app/auth.py": """
            def login():
                password = None
                logger.info("login", password="hunter2", token="abc")
            """
        ]),
    ]
}
