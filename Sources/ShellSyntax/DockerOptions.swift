/// Option tables of the docker and ssh command lines, so operands are found after the options.
enum DockerOptions {
    /// `docker [global options] SUBCOMMAND`.
    static let global = OptionSpec(
        short: "Hcl", long: ["host", "context", "config", "log-level", "tlscacert", "tlscert", "tlskey"])

    /// `docker exec`.
    static let exec = OptionSpec(
        short: "euw", long: ["env", "env-file", "user", "workdir", "detach-keys"])

    /// `docker run` / `docker container run`.
    static let run = OptionSpec(
        short: "acehlmpuvw",
        long: [
            "add-host", "annotation", "attach", "blkio-weight", "blkio-weight-device", "cap-add", "cap-drop",
            "cgroup-parent", "cgroupns", "cidfile", "cpu-count", "cpu-percent", "cpu-period", "cpu-quota",
            "cpu-rt-period", "cpu-rt-runtime", "cpu-shares", "cpus", "cpuset-cpus", "cpuset-mems", "detach-keys",
            "device", "device-cgroup-rule", "device-read-bps", "device-read-iops", "device-write-bps",
            "device-write-iops", "dns", "dns-option", "dns-opt", "dns-search", "domainname", "entrypoint", "env",
            "env-file", "expose", "gpus", "group-add", "health-cmd", "health-interval", "health-retries",
            "health-start-interval", "health-start-period", "health-timeout", "hostname", "ip", "ip6", "ipc",
            "isolation", "kernel-memory", "label", "label-file", "link", "link-local-ip", "log-driver", "log-opt",
            "mac-address", "memory", "memory-reservation", "memory-swap", "memory-swappiness", "mount", "name",
            "network", "net", "network-alias", "net-alias", "oom-score-adj", "pid", "pids-limit", "platform",
            "publish", "pull", "restart", "runtime", "security-opt", "shm-size", "stop-signal", "stop-timeout",
            "storage-opt", "sysctl", "tmpfs", "ulimit", "user", "userns", "uts", "volume", "volume-driver",
            "volumes-from", "workdir",
        ])

    /// `docker compose [options]` and `docker-compose [options]` (v1 host/TLS options included).
    static let composeGlobal = OptionSpec(
        short: "fpH",
        long: [
            "file", "project-name", "project-directory", "env-file", "profile", "ansi", "parallel", "progress",
            "host", "tlscacert", "tlscert", "tlskey", "context", "log-level",
        ])

    /// `docker compose exec`.
    static let composeExec = OptionSpec(short: "euw", long: ["env", "user", "workdir", "index"])

    /// `docker compose run`.
    static let composeRun = OptionSpec(
        short: "eluvpw",
        long: [
            "env", "env-from-file", "label", "user", "volume", "publish", "workdir", "name", "entrypoint", "cap-add",
            "cap-drop", "pull",
        ])

    /// `ssh [options] HOST [COMMAND]`.
    static let ssh = OptionSpec(short: "ipolFJLRDEbcmSWwBeIOQ", long: [])
}
