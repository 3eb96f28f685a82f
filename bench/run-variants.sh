#!/bin/sh
# The variant benchmark (BENCHMARKS.md, issue 12): the check + indicators of a variant of a 20-volume plan with 50
# palette objects, timed as POST /api/v1/rounds/{id}/variants/preview by a participant (50 warm-up, 300 timed).
# Runs inside the test context (real PostGIS) as VariantBench, which the normal suite never runs (failsafe picks *IT
# only); the preview limit is raised for that class only. Figures are printed as lines starting with "BENCH", with the
# machine's load average before and after.
set -e
cd "$(dirname "$0")/.."
mkdir -p bench/out
echo "BENCH load before: $(uptime)"
./mvnw -B -o -pl backend -am verify -Dit.test=VariantBench -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 | tee bench/out/variants-bench.log | grep -E "BENCH|Tests run:|FAIL"
echo "BENCH load after: $(uptime)"
