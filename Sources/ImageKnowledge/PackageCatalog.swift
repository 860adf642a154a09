// Data only: which programs apt/apk/dnf packages put on PATH.
// A package missing from this table is assumed to provide a program of its own name
// (true for curl, wget, jq, git, ...); see PackageCatalog+Lookup.swift.

/// Package-name → programs tables.
public enum PackageCatalog {
    /// Programs by package name, shared by apt, apk and dnf where the names coincide.
    public static let programs: [String: [String]] = [
        "curl": ["curl"], "curl-minimal": ["curl"],
        "wget": ["wget"], "wget2": ["wget2"],
        "netcat": ["nc"], "netcat-openbsd": ["nc"], "netcat-traditional": ["nc", "nc.traditional"],
        "ncat": ["ncat", "nc"], "nmap-ncat": ["ncat", "nc"], "busybox-extras": ["telnet", "httpd", "ftpget", "ftpput"],
        "nmap": ["nmap"], "socat": ["socat"], "telnet": ["telnet"], "inetutils-telnet": ["telnet"],
        "postgresql-client": ["psql", "pg_isready", "pg_dump", "pg_dumpall", "pg_restore", "createdb", "dropdb"],
        "postgresql": ["psql", "pg_isready", "pg_dump", "pg_restore", "postgres"],
        "libpq": [], "libpq-dev": ["pg_config"], "postgresql-dev": ["pg_config"],
        "redis-tools": ["redis-cli", "redis-benchmark"], "redis": ["redis-cli", "redis-server", "redis-benchmark"],
        "redis-server": ["redis-server", "redis-cli"],
        "mysql-client": ["mysql", "mysqladmin", "mysqldump"],
        "default-mysql-client": ["mysql", "mysqladmin", "mysqldump"],
        "mariadb-client": ["mariadb", "mysql", "mysqladmin", "mysqldump"],
        "mongodb-mongosh": ["mongosh"],
        "iputils-ping": ["ping"], "iputils": ["ping", "tracepath", "arping"], "inetutils-ping": ["ping"],
        "procps": ["ps", "top", "pgrep", "pkill", "free", "kill", "uptime", "vmstat", "w", "watch", "sysctl"],
        "procps-ng": ["ps", "top", "pgrep", "pkill", "free", "kill", "uptime", "vmstat", "w", "watch", "sysctl"],
        "psmisc": ["killall", "fuser", "pstree"],
        "python3": ["python3"], "python3-minimal": ["python3"], "python-is-python3": ["python"],
        "python3-pip": ["pip3", "pip"], "py3-pip": ["pip3", "pip"], "python3-venv": [],
        "python": ["python"], "python2": ["python2"], "python3.11": ["python3.11"], "python3.12": ["python3.12"],
        "nodejs": ["node", "nodejs"], "npm": ["npm", "npx"], "yarn": ["yarn", "yarnpkg"],
        "bash": ["bash"], "zsh": ["zsh"], "dash": ["dash", "sh"], "tini": ["tini"], "dumb-init": ["dumb-init"],
        "gosu": ["gosu"], "su-exec": ["su-exec"], "sudo": ["sudo"],
        "busybox": ["busybox"], "busybox-static": ["busybox"],
        "dnsutils": ["dig", "nslookup", "nsupdate"], "bind9-dnsutils": ["dig", "nslookup", "nsupdate"],
        "bind-tools": ["dig", "nslookup", "host"], "bind-utils": ["dig", "nslookup", "host"], "bind9-host": ["host"],
        "iproute2": ["ip", "ss", "tc", "bridge"], "iproute": ["ip", "ss", "tc"],
        "net-tools": ["netstat", "ifconfig", "route", "arp"],
        "openssh-client": ["ssh", "scp", "sftp", "ssh-keygen", "ssh-keyscan"], "openssh": ["ssh", "scp", "sshd"],
        "openssh-clients": ["ssh", "scp", "sftp", "ssh-keygen"], "openssh-server": ["sshd"],
        "openssl": ["openssl"], "ca-certificates": ["update-ca-certificates"],
        "gnupg": ["gpg", "gpg-agent"], "gnupg2": ["gpg", "gpg2"], "gnupg1": ["gpg1"],
        "git": ["git"], "git-core": ["git"], "mercurial": ["hg"], "subversion": ["svn"],
        "jq": ["jq"], "yq": ["yq"], "unzip": ["unzip"], "zip": ["zip"], "xz-utils": ["xz", "unxz", "xzcat"],
        "xz": ["xz", "unxz"],
        "bzip2": ["bzip2", "bunzip2"], "zstd": ["zstd"], "tar": ["tar"], "gzip": ["gzip", "gunzip"],
        "coreutils": ["ls", "cat", "timeout", "sleep", "env"], "findutils": ["find", "xargs"],
        "util-linux": ["mount", "more", "setsid", "flock"],
        "shadow": ["useradd", "usermod", "groupadd"], "passwd": ["useradd", "usermod", "groupadd", "passwd"],
        "gettext-base": ["envsubst"], "gettext": ["envsubst", "gettext", "msgfmt"],
        "build-essential": ["gcc", "g++", "make", "cc"], "build-base": ["gcc", "g++", "make", "cc"],
        "gcc": ["gcc", "cc"], "g++": ["g++", "c++"], "make": ["make"], "cmake": ["cmake"], "pkg-config": ["pkg-config"],
        "pkgconf": ["pkg-config", "pkgconf"], "musl-dev": [], "libc6-dev": [], "libffi-dev": [], "libssl-dev": [],
        "openssl-dev": [], "linux-headers": [], "libpq5": [], "libc-dev": [],
        "default-jre-headless": ["java", "keytool"], "openjdk-17-jre-headless": ["java", "keytool"],
        "openjdk17-jre-headless": ["java", "keytool"], "openjdk-17-jdk": ["java", "javac", "jar"],
        "golang": ["go", "gofmt"], "go": ["go", "gofmt"],
        "vim": ["vim", "vi"], "vim-tiny": ["vi", "vim.tiny"], "nano": ["nano"], "less": ["less"],
        "ffmpeg": ["ffmpeg", "ffprobe"], "imagemagick": ["convert", "identify", "magick"],
        "supervisor": ["supervisord", "supervisorctl"], "cron": ["cron", "crontab"], "cronie": ["crond", "crontab"],
        "tzdata": [], "locales": ["locale-gen"], "netbase": [], "apt-transport-https": [],
        "software-properties-common": ["add-apt-repository"],
        "lsb-release": ["lsb_release"], "file": ["file"], "strace": ["strace"], "tcpdump": ["tcpdump"],
        "traceroute": ["traceroute"], "whois": ["whois"], "rsync": ["rsync"], "htop": ["htop"],
        "nginx": ["nginx"], "apache2-utils": ["ab", "htpasswd"], "httpie": ["http", "https"],
        "docker-cli": ["docker"], "docker-ce-cli": ["docker"], "docker.io": ["docker", "dockerd"],
        "kubectl": ["kubectl"], "awscli": ["aws"], "sqlite3": ["sqlite3"], "sqlite": ["sqlite3"],
    ]

    /// Packages whose every program stays uncertain after installing them (scripts, meta packages).
    public static let busyboxPackages: Set<String> = ["busybox", "busybox-static"]

    /// Package-manager-specific names that differ from the shared table.
    public static let apkOverrides: [String: [String]] = [
        "python3": ["python3", "python"], "nodejs": ["node"], "netcat-openbsd": ["nc"],
        "postgresql-client": ["psql", "pg_isready", "pg_dump", "pg_restore"],
        "postgresql16-client": ["psql", "pg_isready", "pg_dump"],
        "postgresql15-client": ["psql", "pg_isready", "pg_dump"], "redis": ["redis-cli", "redis-server"],
        "procps": ["ps", "top", "pgrep", "pkill", "free", "uptime", "watch"],
    ]
}
