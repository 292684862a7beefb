#!/bin/sh
# Ledger import benchmark: rows/s and peak heap for generated ledgers (default 100 000 and 1 000 000 rows).
# Build first:  ./mvnw -B -o verify -DskipTests -pl :org.origo.inventory.csv.tests -am
# Then run:     tests/org.origo.inventory.csv.tests/bench.sh [rows ...]   (heap: BENCH_XMX, default 3g)
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
CP=""
for b in org.origo.api org.origo.model org.origo.inventory.api org.origo.origin.api org.origo.core org.origo.inventory org.origo.inventory.csv; do
  CP="$CP:$ROOT/bundles/$b/target/classes"
done
CP="$CP:$ROOT/tests/org.origo.inventory.csv.tests/target/classes"
# the versions pinned in target-platform/origo.target
for j in org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
         org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
         org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
         com/fasterxml/jackson/core/jackson-core/2.17.2/jackson-core-2.17.2.jar; do
  CP="$CP:$REPO/$j"
done
exec java -Xmx${BENCH_XMX:-3g} -cp "${CP#:}" org.origo.inventory.csv.bench.LedgerBenchmark "$@"
