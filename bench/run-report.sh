#!/bin/sh
# The participatieverslag benchmark (BENCHMARKS.md, issue 12): a round with 1,000 participants and 5,000 reactions,
# each report format generated after warm-up. Runs inside the test context (real PostGIS) as ReportBench, which the
# normal suite never runs (failsafe picks *IT only). Figures are printed as lines starting with "BENCH".
set -e
cd "$(dirname "$0")/.."
mkdir -p bench/out
./mvnw -B -o -pl backend -am verify -Dit.test=ReportBench -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 | tee bench/out/report-bench.log | grep -E "BENCH|Tests run:|FAIL"
