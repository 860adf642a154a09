"""Production launcher. The startup log claims 8 workers; uvicorn is started with 4.

log-contradicts-config MUST trigger at workers=8 (spec: where the setting stands in the scope does not matter).
"""
import structlog
import uvicorn

logger = structlog.get_logger("serve")


def main() -> None:
    logger.info(
        "starting_uvicorn",
        host="0.0.0.0",
        port=8000,
        workers=8,
    )
    uvicorn.run(
        "app.main:app",
        host="0.0.0.0",
        port=8000,
        workers=4,
        proxy_headers=True,
    )


if __name__ == "__main__":
    main()
