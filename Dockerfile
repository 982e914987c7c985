# syntax=docker/dockerfile:1
# Keyproof's image: Next's standalone server on Node 24, plus the Prisma CLI for `prisma migrate deploy`.
#   docker build -t keyproof .      or   docker compose up --build   (compose.yaml migrates, then serves)
# Nothing secret is built in: DATABASE_URL, AUTH_SECRET and NEXTAUTH_URL are given when the container runs.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: native modules come prebuilt per platform as optional dependencies, and Prisma's
# would download query engines the app does not use (it runs Prisma's WASM engine through the pg adapter).
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone CHECKPOINT_DISABLE=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN node node_modules/prisma/build/index.js generate \
  && node node_modules/next/dist/bin/next build \
  && node scripts/copy-packages.mjs .migrate prisma @prisma/adapter-pg pg dotenv

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
# The memory settings are npm start's (scripts/with-db.mjs): they keep RSS flat while evidence streams.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PORT=3000 HOSTNAME=0.0.0.0 \
  MALLOC_MMAP_THRESHOLD_=131072 NODE_OPTIONS=--max-semi-space-size=64
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/.migrate/node_modules ./node_modules
COPY --from=build /app/prisma.config.ts ./
COPY --from=build /app/prisma/schema.prisma ./prisma/schema.prisma
COPY --from=build /app/prisma/migrations ./prisma/migrations
# The code stays root's and read-only to the app; only Next's cache is writable.
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", \
    "fetch('http://127.0.0.1:' + process.env.PORT + '/signin').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations are a separate step (compose.yaml runs them first): node node_modules/prisma/build/index.js migrate deploy
CMD ["node", "server.js"]
