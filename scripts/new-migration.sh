#!/usr/bin/env bash
# Writes a new migration from the difference between the committed schema and prisma/schema.prisma.
# (`prisma migrate dev` panics in the WASM engine once the database has our CHECK constraints and
# deferred foreign keys; a schema-to-schema diff needs no introspection.) Append hand-written SQL
# (triggers, constraints) to the file it prints, then apply with any npm script (migrate deploy).
#   scripts/new-migration.sh <name>
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh <name>}
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
git show HEAD:prisma/schema.prisma > /tmp/keyproof-schema-before.prisma
# The folder is made only after the diff: with-db.mjs applies pending migrations first, and would record an
# empty new one as applied.
node scripts/with-db.mjs --no-seed -- node node_modules/prisma/build/index.js migrate diff \
  --from-schema-datamodel /tmp/keyproof-schema-before.prisma --to-schema-datamodel prisma/schema.prisma --script \
  | grep -v '^Loaded Prisma config\|^Prisma config detected' > /tmp/keyproof-migration.sql
mkdir -p "$dir"
mv /tmp/keyproof-migration.sql "$dir/migration.sql"
echo "$dir/migration.sql"
