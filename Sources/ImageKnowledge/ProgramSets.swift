// Data only: the program lists the base-image catalog is assembled from.
// Lists are deliberately conservative: a program listed here is reported present; a program
// missing from every list of a known image is reported absent, so uncertain ones go to `maybe` sets.

/// Named program lists shared by catalog entries.
public enum ProgramSets {
    /// GNU coreutils, in every Debian and Ubuntu image (Essential: yes).
    public static let coreutils = [
        "[", "arch", "b2sum", "base32", "base64", "basename", "basenc", "cat", "chcon", "chgrp", "chmod", "chown",
        "chroot", "cksum", "comm", "cp", "csplit", "cut", "date", "dd", "df", "dir", "dircolors", "dirname", "du",
        "echo", "env", "expand", "expr", "factor", "false", "fmt", "fold", "groups", "head", "hostid", "id",
        "install", "join", "link", "ln", "logname", "ls", "md5sum", "mkdir", "mkfifo", "mknod", "mktemp", "mv",
        "nice", "nl", "nohup", "nproc", "numfmt", "od", "paste", "pathchk", "pinky", "pr", "printenv", "printf",
        "ptx", "pwd", "readlink", "realpath", "rm", "rmdir", "runcon", "seq", "sha1sum", "sha224sum", "sha256sum",
        "sha384sum", "sha512sum", "shred", "shuf", "sleep", "sort", "split", "stat", "stdbuf", "stty", "sum",
        "sync", "tac", "tail", "tee", "test", "timeout", "touch", "tr", "true", "truncate", "tsort", "tty",
        "uname", "unexpand", "uniq", "unlink", "users", "vdir", "wc", "who", "whoami", "yes",
    ]

    /// The other Essential/Required packages of debian:bookworm(-slim): dash, bash, grep, sed, mawk, findutils,
    /// gzip, tar, diffutils, hostname, login, passwd, util-linux, mount, perl-base, debianutils, ncurses-bin,
    /// sysvinit-utils, libc-bin, dpkg, apt, debconf.
    public static let debianEssential = [
        "sh", "dash", "bash", "rbash", "grep", "egrep", "fgrep", "sed", "awk", "mawk", "find", "xargs", "gzip",
        "gunzip", "zcat", "zgrep", "zless", "zmore", "gzexe", "tar", "diff", "diff3", "cmp", "sdiff", "hostname",
        "login", "su", "nologin", "passwd", "chpasswd", "chsh", "chfn", "gpasswd", "newgrp", "useradd", "userdel",
        "usermod", "groupadd", "groupdel", "groupmod", "mount", "umount", "more", "getopt", "setpriv", "runuser",
        "flock", "setsid", "nsenter", "unshare", "findmnt", "perl", "which", "run-parts", "tput", "clear", "reset",
        "pidof", "getent", "ldconfig", "iconv", "locale", "apt", "apt-get", "apt-cache", "apt-config", "apt-mark",
        "dpkg", "dpkg-query", "dpkg-deb", "dpkg-divert", "dpkg-split", "dpkg-trigger", "dpkg-statoverride",
        "start-stop-daemon", "debconf", "debconf-set-selections", "logger", "renice", "gpgv",
    ]

    /// Not verified program by program for every Debian/Ubuntu release: never reported absent.
    public static let debianUncertain = [
        "kill", "adduser", "addgroup", "deluser", "ldd", "lsblk", "blkid", "ischroot", "tempfile", "savelog",
        "sensible-editor", "update-alternatives", "ionice", "taskset", "script", "wall",
    ]

    /// Programs procps adds (ps is not in the Debian or Ubuntu base images).
    public static let procps = [
        "ps", "top", "pgrep", "pkill", "pmap", "free", "kill", "uptime", "vmstat", "w", "watch", "sysctl", "pwdx",
        "slabtop", "skill", "snice", "tload",
    ]

    /// Busybox applets as enabled in Alpine's busybox (`busybox --list` on alpine:3.19).
    public static let busyboxApplets = [
        "busybox", "sh", "ash", "[", "[[", "addgroup", "adduser", "arch", "arp", "arping", "awk", "base64",
        "basename", "bc", "beep", "blkdiscard", "blkid", "blockdev", "brctl", "bunzip2", "bzcat", "bzip2", "cal",
        "cat", "chattr", "chgrp", "chmod", "chown", "chpasswd", "chroot", "chvt", "cksum", "clear", "cmp", "comm",
        "cp", "cpio", "crond", "crontab", "cryptpw", "cut", "date", "dc", "dd", "delgroup", "deluser", "df", "diff",
        "dirname", "dmesg", "dnsdomainname", "dos2unix", "du", "echo", "ed", "egrep", "env", "expand", "expr",
        "factor", "fallocate", "false", "fgrep", "find", "flock", "fold", "free", "fsync", "fuser", "getopt",
        "getty", "grep", "groups", "gunzip", "gzip", "halt", "hd", "head", "hexdump", "hostid", "hostname", "id",
        "ifconfig", "install", "ionice", "iostat", "ip", "ipcalc", "kill", "killall", "killall5", "less", "link",
        "ln", "logger", "login", "ls", "lsof", "lsusb", "lzcat", "lzma", "lzop", "md5sum", "mkdir", "mkfifo",
        "mknod", "mkpasswd", "mktemp", "more", "mount", "mountpoint", "mpstat", "mv", "nc", "netstat", "nice", "nl",
        "nmeter", "nohup", "nproc", "nsenter", "nslookup", "od", "passwd", "paste", "pgrep", "pidof", "ping",
        "ping6", "pkill", "pmap", "poweroff", "printenv", "printf", "ps", "pstree", "pwd", "pwdx", "readlink",
        "realpath", "reboot", "renice", "reset", "rev", "rm", "rmdir", "route", "run-parts", "sed", "seq",
        "setpriv", "setsid", "sha1sum", "sha256sum", "sha3sum", "sha512sum", "shred", "shuf", "sleep", "sort",
        "split", "stat", "strings", "stty", "su", "sum", "sync", "sysctl", "tac", "tail", "tar", "tee", "test",
        "time", "timeout", "top", "touch", "tr", "traceroute", "traceroute6", "true", "truncate", "tty", "udhcpc",
        "umount", "uname", "unexpand", "uniq", "unix2dos", "unlink", "unlzma", "unlzop", "unshare", "unxz",
        "unzip", "uptime", "usleep", "uudecode", "uuencode", "vi", "watch", "wc", "wget", "which", "who",
        "whoami", "whois", "xargs", "xxd", "xzcat", "yes", "zcat",
    ]

    /// Applets of the `busybox` image's default configuration beyond Alpine's (httpd, telnet...).
    public static let busyboxImageExtras = ["httpd", "telnet", "ftpget", "ftpput", "tftp", "udhcpd", "hush", "crond"]

    /// Alpine's apk-tools and musl-utils.
    public static let alpineBase = ["apk", "scanelf", "ssl_client", "getconf", "getent", "iconv", "ldd", "ldconfig"]

    /// buildpack-deps:*-curl: ca-certificates curl gnupg netbase wget (+ dirmngr).
    public static let buildpackCurl = ["curl", "wget", "gpg", "gpg-agent", "gpgconf", "dirmngr"]

    /// buildpack-deps:*-scm adds git mercurial openssh-client subversion procps (mercurial pulls in python3).
    public static let buildpackScm = [
        "git", "hg", "ssh", "scp", "sftp", "ssh-keygen", "ssh-keyscan", "ssh-agent", "svn", "python3",
    ]

    /// buildpack-deps:* (full) adds compilers and build tools.
    public static let buildpackFull = [
        "gcc", "g++", "cc", "c++", "cpp", "make", "patch", "autoconf", "automake", "libtool", "libtoolize",
        "pkg-config", "file", "unzip", "xz", "unxz", "bzip2", "bunzip2", "ld", "as", "ar", "strip", "dpkg-buildpackage",
    ]

    /// What the official python images add (built from source into /usr/local; python/pip symlinks included).
    public static let python = [
        "python", "python3", "pip", "pip3", "pydoc", "pydoc3", "idle", "idle3", "python3-config", "python-config",
    ]

    /// What the official node images add (/usr/local/bin, plus the `nodejs` symlink).
    public static let node = ["node", "nodejs", "npm", "npx"]
    /// yarn v1 and corepack ship with current node images but not with every release line.
    public static let nodeUncertain = ["yarn", "yarnpkg", "corepack"]

    /// The official golang images' tools.
    public static let go = ["go", "gofmt"]

    /// The official redis images' programs.
    public static let redis = [
        "redis-server", "redis-cli", "redis-benchmark", "redis-check-aof", "redis-check-rdb", "redis-sentinel",
    ]

    /// The official postgres images' client and server programs.
    public static let postgres = [
        "postgres", "psql", "pg_isready", "pg_dump", "pg_dumpall", "pg_restore", "pg_ctl", "initdb", "createdb",
        "dropdb", "createuser", "dropuser", "pg_basebackup", "vacuumdb", "reindexdb", "clusterdb",
    ]

    /// The official nginx images' programs (envsubst from gettext).
    public static let nginx = ["nginx", "nginx-debug", "envsubst"]

    /// Programs of a Java runtime.
    /// MariaDB's own program names (`mariadb`, `mariadb-admin`... since 10.4; the only names since 11.0).
    public static let mariadb = [
        "mariadb", "mariadb-admin", "mariadbd", "mariadb-dump", "mariadb-install-db", "mariadb-upgrade",
        "mariadb-check", "mariadb-tzinfo-to-sql", "healthcheck.sh", "docker-entrypoint.sh",
    ]
    /// The `mysql*` names MariaDB kept as links before 11.0.
    public static let mariadbMySQLNames = [
        "mysql", "mysqladmin", "mysqld", "mysqldump", "mysql_install_db", "mysql_upgrade",
    ]
    /// MongoDB server programs.
    public static let mongoServer = ["mongod", "mongos", "docker-entrypoint.sh"]
    public static let dotnet = ["dotnet"]
    public static let javaRuntime = ["java", "keytool"]
    /// Programs only a JDK has.
    public static let javaDevelopment = ["javac", "jar", "jshell", "jcmd", "jstack", "jmap", "jps"]
}
