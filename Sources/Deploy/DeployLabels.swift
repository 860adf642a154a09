import Probes

/// Labels Shipshape sets on what it creates, so state can be read back from the Docker host alone.
public enum DeployLabels {
    public static let deploy = "io.shipshape.deploy"
    public static let revision = "io.shipshape.revision"
    public static let lock = "io.shipshape.lock"
    /// The environment variable that gives the app the revision it runs (`/health` can report it), and that
    /// a plan's `expect-version: ${SHIPSHAPE_REVISION}` is interpolated from during a deploy.
    public static let revisionVariable = "SHIPSHAPE_REVISION"
    public static let lockUser = "io.shipshape.lock.user"
    public static let lockHost = "io.shipshape.lock.host"
    public static let lockPID = "io.shipshape.lock.pid"
    public static let lockRevision = "io.shipshape.lock.revision"
    public static let lockDeploy = "io.shipshape.lock.deploy"
    public static let lockSince = "io.shipshape.lock.since"
    public static let lockExpires = "io.shipshape.lock.expires"
    // Compose's own labels, from the one list the wait engine reads them by.
    public static let composeProject = ComposeLabels.project
    public static let composeService = ComposeLabels.service
    public static let composeOneOff = ComposeLabels.oneoff
    /// Compose's hash of a service's configuration: the replicas compose created together share it.
    public static let composeConfigHash = "com.docker.compose.config-hash"
}
