#!/usr/bin/env bash
# Starts a private Docker engine for the image tests and stops it, by its pid, when the calling
# shell exits. Sourced by .ci/run (". .ci/container-engine.sh") so DOCKER_HOST and the
# Testcontainers settings reach Maven. The engine touches nothing of the machine's network: no
# bridge, no iptables rules, no forwarding; containers use host networking on loopback ports.
# Where a Docker engine is already reachable (DOCKER_HOST set, or the default socket answers),
# it is used as it is and only the offline base images are made if the registry is out of reach.

liveline_engine_dir=${LIVELINE_ENGINE_DIR:-/var/tmp/liveline-engine}

liveline_engine_install() {
  command -v dockerd >/dev/null && command -v debootstrap >/dev/null && return
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io debootstrap
}

liveline_engine_stop() {
  local pid
  pid=$(cat "$liveline_engine_dir/dockerd.pid" 2>/dev/null) || return 0
  # Each run tags new service images ':it'; the ones they replace would pile up in the data root.
  docker image prune -f >/dev/null 2>&1 || true
  kill "$pid" 2>/dev/null || return 0
  # dockerd stops its containers and its containerd before it exits; give it the time to.
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  # dockerd leaves the host's network namespace bound in its exec root; release it.
  umount "$liveline_engine_dir/exec/netns/default" 2>/dev/null || true
  rm -f "$liveline_engine_dir/dockerd.pid"
}

liveline_engine_start() {
  mkdir -p "$liveline_engine_dir/data" "$liveline_engine_dir/exec"
  local socket="$liveline_engine_dir/docker.sock"
  dockerd --data-root "$liveline_engine_dir/data" --exec-root "$liveline_engine_dir/exec" \
          -H "unix://$socket" --pidfile "$liveline_engine_dir/dockerd.pid" \
          --bridge=none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false \
          >"$liveline_engine_dir/dockerd.log" 2>&1 &
  export DOCKER_HOST="unix://$socket"
  for _ in $(seq 1 60); do docker version >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "dockerd did not answer on $socket; its log:" >&2
  tail -20 "$liveline_engine_dir/dockerd.log" >&2
  return 1
}

if [[ -z "${DOCKER_HOST:-}" ]] && ! docker version >/dev/null 2>&1; then
  liveline_engine_install
  liveline_engine_start
  trap liveline_engine_stop EXIT
  # An engine of our own means a machine without a registry: build the stand-in images.
  : "${LIVELINE_OFFLINE_IMAGES:=true}"
fi
export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true TESTCONTAINERS_HOST_OVERRIDE=localhost
if [[ "${LIVELINE_OFFLINE_IMAGES:-false}" == true ]]; then
  "$(dirname "${BASH_SOURCE[0]}")/../deploy/images/build-offline-images"
  export LIVELINE_JAVA_IMAGE=liveline/jre:17-bookworm LIVELINE_KAFKA_IMAGE=liveline/kafka:4.1.2-bookworm \
         LIVELINE_POSTGRES_IMAGE=liveline/postgres:15-bookworm
fi
