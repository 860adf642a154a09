import ShipshapeCore

/// The examples of `busybox-wget-localhost`; they run as tests.
enum BusyboxWgetLocalhostExamples {
    static let triggering: [Example] = [
        // Next.js standalone told to listen on IPv4 (wrzonance/WrzDJ#279).
        Example(
            files: [
                "Dockerfile": """
                FROM node:22-alpine
                WORKDIR /app
                COPY .next/standalone ./
                ENV PORT=3000 HOSTNAME=0.0.0.0
                HEALTHCHECK CMD wget -q --spider 1️⃣http://localhost:3000/api/health || exit 1
                CMD ["node", "server.js"]

                """
            ],
            expect: [
                "1️⃣":
                    "connects to localhost as ::1 and never tries 127.0.0.1, and the server listens on IPv4 only (`ENV HOSTNAME=0.0.0.0`)"
            ]),
        // The port as an expansion, the address quoted.
        Example(
            files: [
                "Dockerfile": """
                FROM node:22-alpine AS runner
                ENV PORT=3000
                ENV HOSTNAME="0.0.0.0"
                HEALTHCHECK CMD wget --no-verbose --tries=1 --spider 1️⃣http://localhost:${PORT:-3000}/ || exit 1
                CMD ["node", "server.js"]

                """
            ],
            expect: ["1️⃣": "the server listens on IPv4 only (`ENV HOSTNAME=0.0.0.0`)"]),
        // The address in the compose command, the probe in the compose healthcheck.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  api:
                    image: python:3.12-alpine
                    command: ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]
                    healthcheck:
                      test: ["CMD", "wget", "-qO-", "1️⃣http://localhost:8000/health"]

                """
            ],
            expect: ["1️⃣": "the server listens on IPv4 only (`--host 0.0.0.0`)"]),
        // nginx serving the repository's configuration in place of the image's default, on IPv4 only
        // (ModischFabrications/CutSolverFrontend#100, ls1intum/Apollon#621).
        Example(
            files: [
                "Dockerfile": """
                FROM nginx:1.27-alpine
                COPY nginx/default.conf /etc/nginx/conf.d/default.conf
                COPY dist /usr/share/nginx/html
                HEALTHCHECK CMD wget -q --spider 1️⃣http://localhost:80/ || exit 1

                """,
                "nginx/default.conf": """
                server {
                    listen 80;
                    root /usr/share/nginx/html;
                }

                """,
            ],
            expect: ["1️⃣": "the server listens on IPv4 only (`listen 80 in nginx/default.conf`)"]),
        // nginx's unprivileged image with the repository's configuration in place of its default.
        Example(
            files: [
                "Dockerfile": """
                FROM docker.io/nginxinc/nginx-unprivileged:mainline-alpine
                COPY nginx.conf /etc/nginx/conf.d/default.conf
                HEALTHCHECK CMD wget -q --spider 1️⃣http://localhost:8080/ || exit 1

                """,
                "nginx.conf": "server {\n    listen 8080;\n    root /usr/share/nginx/html;\n}\n",
            ],
            expect: ["1️⃣": "(`listen 8080 in nginx.conf`)"]),
        // The same configuration bind-mounted by compose.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  web:
                    image: nginx:1.27-alpine
                    volumes:
                      - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro
                    healthcheck:
                      test: ["CMD", "wget", "-q", "--spider", "1️⃣http://localhost:8080/health"]

                """,
                "nginx.conf": "server {\n    listen 8080;\n    location /health { return 200; }\n}\n",
            ],
            expect: ["1️⃣": "(`listen 8080 in nginx.conf`)"]),
        // The address in the server's own code, which the CMD runs (strausmann/mcp-dockhand#92).
        Example(
            files: [
                "Dockerfile": """
                FROM node:22-alpine
                WORKDIR /app
                COPY package.json server.js ./
                HEALTHCHECK CMD wget -qO- 1️⃣http://localhost:8080/health || exit 1
                CMD ["node", "server.js"]

                """,
                "server.js": """
                const express = require('express');
                const app = express();
                const host = process.env.HOST || '0.0.0.0';
                app.get('/health', (req, res) => res.json({ status: 'ok' }));
                app.listen(8080, host, () => console.log('listening'));

                """,
            ],
            expect: ["1️⃣": "the server listens on IPv4 only (`const host = process.env.HOST || '0.0.0.0';`)"]),
        // TypeScript compiled in a builder stage: the source the started file is built from.
        Example(
            files: [
                "Dockerfile": """
                FROM node:22-alpine AS build
                WORKDIR /app
                COPY . .
                RUN npm ci && npm run build

                FROM node:22-alpine
                WORKDIR /app
                COPY --from=build /app/dist ./dist
                COPY --from=build /app/node_modules ./node_modules
                HEALTHCHECK CMD wget --spider -q 1️⃣http://localhost:3000/healthz || exit 1
                CMD ["node", "dist/main.js"]

                """,
                "src/main.ts": """
                import Fastify from 'fastify';
                const server = Fastify();
                server.get('/healthz', async () => ({ ok: true }));
                await server.listen({ port: 3000, host: '0.0.0.0' });

                """,
            ],
            expect: ["1️⃣": "(`await server.listen({ port: 3000, host: '0.0.0.0' });`)"]),
        // `npm start` runs the file `package.json` names.
        Example(
            files: [
                "Dockerfile": """
                FROM node:20-alpine
                WORKDIR /usr/src/app
                COPY . .
                RUN npm ci --omit=dev
                HEALTHCHECK CMD wget -q --spider 1️⃣http://localhost:3000/ping || exit 1
                CMD ["npm", "start"]

                """,
                "package.json": """
                { "name": "api", "scripts": { "start": "node src/index.js", "test": "jest" } }

                """,
                "src/index.js": """
                const PORT = process.env.PORT || 3000;
                app.listen(PORT, '0.0.0.0', () => console.log(`up on ${PORT}`));

                """,
            ],
            expect: ["1️⃣": "(`app.listen(PORT, '0.0.0.0', () => console.log(`up on ${PORT}`));`)"]),
        // A development stack: the code bind-mounted into `working_dir`, started by the compose `command:`.
        Example(
            files: [
                "docker-compose.yml": """
                services:
                  api:
                    image: node:20-alpine
                    working_dir: /app
                    volumes:
                      - ./api:/app
                    command: npm start
                    healthcheck:
                      test: ["CMD", "wget", "-qO-", "1️⃣http://localhost:4000/health"]

                """,
                "api/package.json": """
                { "scripts": { "start": "node index.js" } }

                """,
                "api/index.js": """
                require('http').createServer(handler).listen(4000, '0.0.0.0');

                """,
            ],
            expect: ["1️⃣": "(`require('http').createServer(handler).listen(4000, '0.0.0.0');`)"]),
        // gunicorn's configuration file names the address (portchecker.io's shape, with `-c`).
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-alpine
                WORKDIR /src
                COPY . .
                HEALTHCHECK CMD wget -q --spider 1️⃣http://localhost:8000/healthz || exit 1
                CMD ["gunicorn", "-c", "gunicorn.conf.py", "api.main:app"]

                """,
                "gunicorn.conf.py": """
                bind = "0.0.0.0:8000"
                workers = 2

                """,
            ],
            expect: ["1️⃣": "(`bind = \"0.0.0.0:8000\"`)"]),
        // Flask's development server started by the CMD, probed by the compose healthcheck.
        Example(
            files: [
                "Dockerfile": """
                FROM python:3.12-alpine
                WORKDIR /srv
                COPY . .
                ENTRYPOINT ["python3"]
                CMD ["app.py"]

                """,
                "app.py": """
                from flask import Flask
                app = Flask(__name__)

                if __name__ == "__main__":
                    app.run(host="0.0.0.0", port=5000)

                """,
                "docker-compose.yml": """
                services:
                  web:
                    build: .
                    healthcheck:
                      test: ["CMD-SHELL", "wget -qO- 1️⃣http://localhost:5000/ || exit 1"]

                """,
            ],
            expect: ["1️⃣": "(`app.run(host=\"0.0.0.0\", port=5000)`)"]),
    ]

    static let nonTriggering: [Example] = [
        // The configuration listens on both families.
        Example(files: [
            "Dockerfile": """
            FROM nginx:1.27-alpine
            COPY default.conf /etc/nginx/conf.d/default.conf
            HEALTHCHECK CMD wget -q --spider http://localhost/ || exit 1

            """,
            "default.conf": "server {\n    listen 80;\n    listen [::]:80;\n}\n",
        ]),
        // Another file beside the image's own default.conf, whose port 80 the entrypoint opens on IPv6 too.
        Example(files: [
            "Dockerfile": """
            FROM nginx:1.27-alpine
            COPY app.conf /etc/nginx/conf.d/app.conf
            HEALTHCHECK CMD wget -q --spider http://localhost/ || exit 1

            """,
            "app.conf": "server {\n    listen 80;\n    server_name app.example.com;\n}\n",
        ]),
        // Nothing says where the server listens: a server on `::` (Node's default) accepts ::1.
        Example(files: [
            "docker-compose.yml": """
            services:
              web:
                image: node:22-alpine
                command: ["node", "server.js"]
                healthcheck:
                  test: wget -q --spider http://localhost:3000/ || exit 1

            """
        ]),
        // Text whose lower-cased form is longer than itself (`İ`) before the URL: read without a crash.
        Example(files: [
            "Dockerfile": """
            FROM node:22-alpine
            ENV HOST=0.0.0.0
            HEALTHCHECK CMD wget -q --spider --header="X-İİİ: İ" http://LOCALHOST.example:3000/ || exit 1

            """
        ]),
        // glibc's busybox (distroless :debug) returns 127.0.0.1 first.
        Example(files: [
            "Dockerfile": """
            FROM gcr.io/distroless/python3:debug
            ENV HOST=0.0.0.0
            HEALTHCHECK CMD ["/busybox/wget", "-q", "--spider", "http://localhost:8000/health"]

            """
        ]),
        // The fix: the IPv4 loopback address.
        Example(files: [
            "Dockerfile": """
            FROM node:22-alpine
            ENV HOSTNAME=0.0.0.0
            HEALTHCHECK CMD wget -q --spider http://127.0.0.1:3000/api/health || exit 1
            CMD ["node", "server.js"]

            """
        ]),
        // GNU wget tries 127.0.0.1 after ::1.
        Example(files: [
            "Dockerfile": """
            FROM node:22-alpine
            RUN apk add --no-cache wget
            ENV HOSTNAME=0.0.0.0
            HEALTHCHECK CMD wget -q --spider http://localhost:3000/api/health || exit 1

            """
        ]),
        // Debian's wget is GNU wget.
        Example(files: [
            "docker-compose.yml": """
            services:
              api:
                build: .
                command: gunicorn -b 0.0.0.0:8000 app:app
                healthcheck:
                  test: wget -qO- http://localhost:8000/health || exit 1

            """,
            "Dockerfile": "FROM python:3.12\nRUN pip install gunicorn\n",
        ]),
        // The compose command replaces the CMD that bound IPv4 only; it now binds both.
        Example(files: [
            "Dockerfile": """
            FROM python:3.12-alpine
            CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]

            """,
            "docker-compose.yml": """
            services:
              api:
                build: .
                command: ["uvicorn", "app:app", "--host", "::"]
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8000/health"]

            """,
        ]),
        // The server's code listens on every address (Node's default is `::`); 0.0.0.0 is data there.
        Example(files: [
            "Dockerfile": """
            FROM node:22-alpine
            WORKDIR /app
            COPY server.js .
            HEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1
            CMD ["node", "server.js"]

            """,
            "server.js": """
            const blocked = ['0.0.0.0', '255.255.255.255'];
            const DB_HOST = process.env.DB_HOST || '0.0.0.0';
            const redisHost = process.env.REDIS_HOST ?? '0.0.0.0';
            require('http').createServer((req, res) => res.end('ok')).listen(8080);

            """,
        ]),
        // The compose file sets `HOST: "::"`, which overrides the default address in the image's code.
        Example(files: [
            "Dockerfile": """
            FROM node:22-alpine
            WORKDIR /app
            COPY server.js .
            CMD ["node", "server.js"]

            """,
            "server.js": "app.listen(8080, process.env.HOST || '0.0.0.0');\n",
            "docker-compose.yml": """
            services:
              web:
                build: .
                environment:
                  HOST: "::"
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:8080/health"]

            """,
        ]),
        // `ENV HOST=::` overrides the code's default address.
        Example(files: [
            "Dockerfile": """
            FROM node:22-alpine
            WORKDIR /app
            COPY server.js .
            ENV HOST=::
            HEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1
            CMD ["node", "server.js"]

            """,
            "server.js": "app.listen(8080, process.env.HOST || '0.0.0.0');\n",
        ]),
        // A compiled server (often Go, whose `0.0.0.0` listener accepts `::1` too) told `0.0.0.0`: no evidence.
        Example(files: [
            "Dockerfile": """
            FROM golang:1.23-alpine AS build
            WORKDIR /src
            COPY . .
            RUN go build -o /out/server ./cmd/server

            FROM alpine:3.20
            COPY --from=build /out/server /usr/local/bin/server
            ENV HOST=0.0.0.0
            HEALTHCHECK CMD wget -q --spider http://localhost:8080/healthz || exit 1
            CMD ["server", "--addr", "0.0.0.0:8080"]

            """
        ]),
        Example(files: [
            "docker-compose.yml": """
            services:
              db:
                image: alpine:3.20
                command: ["/bin/weaviate", "--host", "0.0.0.0", "--port", "8080", "--scheme", "http"]
                environment:
                  HOST: 0.0.0.0
                healthcheck:
                  test: wget --no-verbose --tries=1 --spider http://localhost:8080/v1/.well-known/ready || exit 1

            """
        ]),
        // gunicorn's `--bind` on the command line wins over its configuration file, and listens on IPv6.
        Example(files: [
            "Dockerfile": """
            FROM python:3.12-alpine
            WORKDIR /src
            COPY . .
            HEALTHCHECK CMD wget -q --spider http://localhost:8000/healthz || exit 1
            CMD ["gunicorn", "-c", "gunicorn.conf.py", "--bind", "[::]:8000", "api.main:app"]

            """,
            "gunicorn.conf.py": "bind = \"0.0.0.0:8000\"\n",
        ]),
        // The compose command runs another program than the CMD whose code binds IPv4 only.
        Example(files: [
            "Dockerfile": """
            FROM python:3.12-alpine
            COPY app.py .
            CMD ["python", "app.py"]

            """,
            "app.py": "app.run(host='0.0.0.0', port=8000)\n",
            "docker-compose.yml": """
            services:
              api:
                build: .
                command: ["hypercorn", "app:app", "--bind", "[::]:8000"]
                healthcheck:
                  test: ["CMD", "wget", "-qO-", "http://localhost:8000/health"]

            """,
        ]),
    ]
}
