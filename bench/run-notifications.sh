#!/bin/sh
# The alerts benchmark (BENCHMARKS.md, issue 10): 100,000 subscribed areas, one event matched against them (1,000
# times), and 1,000 events fanned out to their notifications end to end. It runs inside the test context (real PostGIS,
# GreenMail) as NotificationsBench, which the normal suite never runs (failsafe picks *IT only). Figures are printed as
# lines starting with "BENCH".
set -e
cd "$(dirname "$0")/.."
mkdir -p bench/out
./mvnw -B -o -pl backend -am verify -Dit.test=NotificationsBench -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false 2>&1 | tee bench/out/notifications-bench.log | grep -E "BENCH|Tests run:"
