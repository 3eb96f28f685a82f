#!/bin/sh
# The sunlight benchmark (BENCHMARKS.md, issue 14): a design of 1 and of 20 volumes in the centre of Doesburg against
# the neighbours within 50, 100 and 200 m, four standard days plus the strenge norm's two at 5-minute steps. Runs inside
# the test context (real PostGIS, the demo municipality) as SunlightBench, which the normal suite never runs (failsafe
# picks *IT only). Figures are printed as lines starting with "BENCH", with the machine's load before and after.
set -e
cd "$(dirname "$0")/.."
mkdir -p bench/out
echo "BENCH load before: $(uptime)"
./mvnw -B -o -pl backend -am verify -Dit.test=SunlightBench -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 | tee bench/out/sunlight-bench.log | grep -E "BENCH|Tests run:|FAIL"
echo "BENCH load after: $(uptime)"
