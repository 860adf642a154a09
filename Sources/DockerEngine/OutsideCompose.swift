/// Labels that keep a helper container out of every Compose project.
///
/// A container inherits its image's labels, and `docker compose build` labels each image with its
/// project and service. A helper container made from a service's image (the deploy lock, a stat probe)
/// would otherwise be one of the service's containers: to Compose, which scaled around it and created a
/// second, never started replica on every deploy of a `build:` service, and to every
/// `com.docker.compose.project=` filter. A container's own label replaces the image's, and an empty value
/// matches no project.
public enum OutsideCompose {
    public static let labels: [String: String] = [
        "com.docker.compose.project": "", "com.docker.compose.service": "", "com.docker.compose.oneoff": "",
    ]
}
