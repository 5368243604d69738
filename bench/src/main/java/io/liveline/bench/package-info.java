/** Benchmarks of Liveline, one sub-package per subject (tagger, ingest, sse); see bench/README.md. */
package io.liveline.bench;
