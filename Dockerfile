# Backcoach: one image for every role (migrate, bot worker, console). No token is baked in:
# configure it with environment variables or an env file at run time.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATA_DIR=/var/lib/backcoach

WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY core ./core
COPY adapters ./adapters
COPY bot ./bot
COPY migrations ./migrations
RUN pip install . \
    && useradd --system --uid 10001 --home-dir /var/lib/backcoach --create-home backcoach

USER backcoach
EXPOSE 8080 8443
# /healthz answers while the event loop runs (HEALTH_PORT must be set, as compose.yaml does).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"HEALTH_PORT\", \"8080\")}/healthz', timeout=4)"
ENTRYPOINT ["backcoach"]
CMD ["run"]
