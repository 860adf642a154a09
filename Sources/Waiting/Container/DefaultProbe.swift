import DockerEngine
import Plan
import Probes
import ShipshapeCore

/// The documented default when a target names no probe: the container's own healthcheck, else HTTP
/// on its only port (TCP for ports that do not speak HTTP), else "running" for a stability window.
/// The note says which was chosen, so a result never looks more checked than it was.
///
/// "Its" port is one the service declares — published (`ports:`) or added by `expose:` — not one its
/// image merely EXPOSEs: a worker that runs the web image does not listen on the web's port.
enum DefaultProbe {
    struct Chosen: Sendable {
        var run: ProbeRun
        var note: String
    }

    static func run(prober: ContainerProber, details: ContainerDetails, image: ImageDetails?, timing: Timing) async
        -> Chosen
    {
        if HealthText.hasHealthcheck(details) {
            return Chosen(
                run: prober.dockerHealth(details),
                note: "no probe given: used the container's own healthcheck (docker health)")
        }
        if let port = declaredPort(details, image: image) {
            if WellKnownPorts.nonHTTP.contains(port) {
                return Chosen(
                    run: await prober.tcp(port, details: details),
                    note: "no probe given and no healthcheck: TCP connect to its only port, \(port)")
            }
            let http = await prober.http(
                HTTPProbeSpec(port: port, path: "/", conditions: [.status([200...399])]), details: details)
            guard http.result.cause == .notHTTP else {
                return Chosen(
                    run: http,
                    note:
                        "no probe given and no healthcheck: HTTP GET / on its only port, \(port), status 2xx or 3xx expected (give the target a probe with its health path)"
                )
            }
            return Chosen(
                run: await prober.tcp(port, details: details),
                note:
                    "no probe given and no healthcheck: its only port, \(port), accepts connections but does not answer HTTP, so only the TCP connect was checked"
            )
        }
        let inherited =
            ContainerProber.singlePort(details).map {
                " (its image EXPOSEs \($0), which it does not publish or expose)"
            } ?? ""
        return Chosen(
            run: prober.running(details),
            note:
                "no probe given, no healthcheck and no declared port\(inherited): only checked that it runs and stays up \(DurationText.exactText(milliseconds: timing.stableMilliseconds))"
        )
    }

    /// The only TCP port the container publishes or exposes beyond its image's EXPOSE, if exactly one.
    static func declaredPort(_ details: ContainerDetails, image: ImageDetails?) -> Int? {
        func number(_ key: String) -> Int? {
            key.hasSuffix("/tcp") ? Int(key.split(separator: "/")[0]) : nil
        }
        let published = (details.networkSettings?.ports ?? [:]).compactMap { key, bindings in
            (bindings ?? []).isEmpty ? nil : number(key)
        }
        let inherited = Set((image?.config?.exposedPorts ?? [:]).keys)
        let exposed = (details.config.exposedPorts ?? [:]).keys.filter { !inherited.contains($0) }.compactMap(number)
        let declared = Set(published + exposed)
        return declared.count == 1 ? declared.first : nil
    }
}
