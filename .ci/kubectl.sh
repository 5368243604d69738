#!/usr/bin/env bash
# Makes sure 'kubectl kustomize' is there for deploy-tests (ManifestValidationTest renders every
# overlay with it). The machine image ships a current kubectl; Debian's kubernetes-client is the
# fallback, though its bundled Kustomize predates 'components' and so cannot render production.
set -euo pipefail
if ! command -v kubectl >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends kubernetes-client
fi
kubectl version --client 2>/dev/null | head -2
