import ShipshapeCore

/// The examples of `k8s-probe-port-mismatch`; they run as tests.
enum KubernetesProbePortMismatchExamples {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels:
                app: api
                tier: backend
            spec:
              containers:
                - name: api
                  image: ghcr.io/acme/api:1.4.2
                  ports:
                    - name: http
                      containerPort: 8080
                  livenessProbe:
                    httpGet:
                      path: /healthz
                      port: http
                  readinessProbe:
                    tcpSocket:
                      port: 8080

        """

    static let triggering: [Example] = [
        // Probes on a port number and a port name the container does not declare.
        Example(
            files: [
                "k8s/deployment.yaml": """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    metadata:
                      labels: {app: web}
                    spec:
                      containers:
                        - name: web
                          image: ghcr.io/acme/web:2
                          ports:
                            - name: http
                              containerPort: 8080
                          livenessProbe:
                            httpGet:
                              path: /healthz
                              port: 1️⃣8000
                          readinessProbe:
                            httpGet:
                              path: /ready
                              port: 2️⃣web
                          startupProbe:
                            grpc:
                              port: 3️⃣9090

                """
            ],
            expect: [
                "1️⃣":
                    "the livenessProbe calls port 8000, but container \"web\" of Deployment \"web\" declares 8080 (http)",
                "2️⃣":
                    "the readinessProbe uses port name \"web\", but container \"web\" of Deployment \"web\" has no port of that name",
                "3️⃣": "the startupProbe calls port 9090",
            ]),
        // A Service in another file whose targetPort (number or name) the selected pods do not declare.
        Example(
            files: [
                "k8s/deployment.yaml": deployment,
                "k8s/service.yaml": """
                apiVersion: v1
                kind: Service
                metadata:
                  name: api
                spec:
                  selector:
                    app: api
                  ports:
                    - name: http
                      port: 80
                      targetPort: 1️⃣8000
                    - name: metrics
                      port: 9102
                      targetPort: 2️⃣metrics
                    - name: direct
                      port: 3️⃣8081

                """,
            ],
            expect: [
                "1️⃣":
                    "Service \"api\" sends to targetPort 8000, but no container of the pods it selects (Deployment \"api\") declares it; they declare 8080 (http)",
                "2️⃣": "Service \"api\" sends to the port named \"metrics\"",
                "3️⃣": "Service \"api\" has no targetPort, so it sends port 8081 to port 8081",
            ]),
        // Rendered Helm output: several documents in one file, a CronJob's nested template.
        Example(
            files: [
                "rendered.yaml": """
                ---
                # Source: worker/templates/service.yaml
                apiVersion: v1
                kind: Service
                metadata: {name: worker, namespace: jobs}
                spec:
                  selector: {app.kubernetes.io/name: worker}
                  ports: [{port: 80, targetPort: 1️⃣http}]
                ---
                # Source: worker/templates/deployment.yaml
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: worker, namespace: jobs}
                spec:
                  template:
                    metadata:
                      labels: {app.kubernetes.io/name: worker}
                    spec:
                      containers:
                        - name: worker
                          image: "ghcr.io/acme/worker:3"
                          ports: [{name: web, containerPort: 8080}]
                ---
                # Source: worker/templates/cronjob.yaml
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: report}
                spec:
                  schedule: "@daily"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          containers:
                            - name: report
                              image: "ghcr.io/acme/worker:3"
                              ports: [{containerPort: 9000}]
                              livenessProbe: {tcpSocket: {port: 2️⃣9001}}

                """
            ],
            expect: [
                "1️⃣": "the port named \"http\"",
                "2️⃣": "the livenessProbe calls port 9001, but container \"report\" of CronJob \"report\" declares 9000",
            ]),
    ]

    static let nonTriggering: [Example] = [
        // A Kustomize overlay patches a port into the base Deployment (the patch has no labels); the
        // overlay's Service and probe use it.
        Example(files: [
            "k8s/base/deployment.yaml": deployment,
            "k8s/overlays/prod/metrics-patch.yaml": """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      ports: [{name: metrics, containerPort: 9102}]
                      startupProbe: {httpGet: {path: /metrics, port: metrics}}

            """,
            "k8s/overlays/prod/metrics-service.yaml": """
            apiVersion: v1
            kind: Service
            metadata: {name: api-metrics}
            spec:
              selector: {app: api}
              ports: [{port: 9102, targetPort: metrics}, {port: 9103, targetPort: 9102}]

            """,
        ]),
        // Everything lines up: probes by name and number, the Service by name.
        Example(files: [
            "k8s/deployment.yaml": deployment,
            "k8s/service.yaml": """
            apiVersion: v1
            kind: Service
            metadata: {name: api}
            spec:
              selector: {app: api}
              ports: [{port: 80, targetPort: http}, {port: 8080}]

            """,
        ]),
        // No ports declared: the probe's port cannot be checked. A probe with `host` goes elsewhere.
        // A management port named by a variable is a port the container listens on.
        Example(files: [
            "deploy.yaml": """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              template:
                metadata: {labels: {app: db}}
                spec:
                  containers:
                    - name: db
                      image: postgres:16
                      livenessProbe: {tcpSocket: {port: 5432}}
                    - name: app
                      image: ghcr.io/acme/app:1
                      ports: [{containerPort: 8080}]
                      env:
                        - name: MANAGEMENT_SERVER_PORT
                          value: "8081"
                      livenessProbe: {httpGet: {path: /actuator/health, port: 8081}}
                      readinessProbe: {httpGet: {host: auth.internal, path: /, port: 443}}

            """
        ]),
        // A Service whose pods are elsewhere (another namespace, another repository, a sidecar
        // without declared ports) says nothing about ports it cannot see.
        Example(files: [
            "k8s/all.yaml": """
            apiVersion: v1
            kind: Service
            metadata: {name: external, namespace: a}
            spec:
              selector: {app: api}
              ports: [{port: 80, targetPort: 9999}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: sidecar}
            spec:
              selector: {app: proxied}
              ports: [{port: 15000}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api, namespace: b}
            spec:
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers: [{name: api, image: "x:1", ports: [{containerPort: 8080}]}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: proxied}
            spec:
              template:
                metadata: {labels: {app: proxied}}
                spec:
                  containers:
                    - {name: app, image: "x:1", ports: [{containerPort: 8080}]}
                    - {name: envoy, image: "envoyproxy/envoy:v1.30"}

            """
        ]),
        // A headless Service (StatefulSet peers) forwards nothing: an extra port for peer discovery
        // needs no containerPort.
        Example(files: [
            "k8s/deployment.yaml": deployment,
            "k8s/headless.yaml": """
            apiVersion: v1
            kind: Service
            metadata: {name: api-peers}
            spec:
              clusterIP: None
              selector: {app: api}
              ports: [{name: http, port: 8080}, {name: gossip, port: 7946, targetPort: 7946}]

            """,
        ]),
    ]
}
