# The portal's image. The site is built on the container's first start (npm start), because the
# build prerenders pages from the database it will serve.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# Dev dependencies stay: the start script type-strips TypeScript with tsx and builds with Next.
RUN npm ci --include=dev --no-audit --no-fund && npm cache clean --force
COPY . .
RUN mkdir -p /app/media /app/data && chown -R node:node /app
USER node
EXPOSE 3000
# npm start: migrate, seed on first run, build if needed, then serve; SIGTERM reaches the server.
CMD ["npm", "start"]
