"""Production launcher. The startup log claims 8 workers; uvicorn is started with 4.

A lie the rule does NOT report, by design: the log comes before the setting, and the rule counts
only settings configured before the log line (a log narrating a state the code then changes is true
when it runs, e.g. status="pending" before job.status = "running"). Recall traded for precision;
gunicorn.conf.py holds the same lie the other way round, and that one is reported.
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
