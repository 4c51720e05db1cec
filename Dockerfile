# syntax=docker/dockerfile:1.7
# Multi-stage: build a wheel-installed virtualenv, then copy it into a slim runtime
# that runs as an unprivileged user.

FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml README.md ./
COPY server ./server
COPY audio ./audio
COPY models ./models
COPY migrations ./migrations
RUN pip install --upgrade pip && pip install .

FROM python:3.11-slim-bookworm AS runtime
# espeak-ng speaks the Indic languages offline; libsndfile/soxr come from wheels.
RUN apt-get update \
    && apt-get install -y --no-install-recommends espeak-ng ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system vyapar \
    && useradd --system --gid vyapar --home-dir /app --shell /usr/sbin/nologin vyapar
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    VYAPAR_ENV=production \
    VYAPAR_HOST=0.0.0.0 \
    VYAPAR_PORT=8000
WORKDIR /app
USER vyapar
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status == 200 else 1)"
# VYAPAR_DATABASE_URL and VYAPAR_SECRET_KEY must be provided at run time; run
# `vyaparmitra db upgrade` as a release step before starting new containers.
CMD ["vyaparmitra", "serve"]
