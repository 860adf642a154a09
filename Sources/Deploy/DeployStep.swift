/// One step of a deploy, as a value. The journal stores `text`; `init?(text:)` reads it back.
public enum DeployStep: Sendable, Hashable, Codable {
    /// `docker compose up --no-start` one more replica of the service with the new config (not started).
    case createNew(String)
    /// Run the service's `pre-cutover` command in a one-off container of the new image; non-zero fails.
    case preCutover(String)
    /// Stop the old container (stop-first: also move its name aside and give it to the new one).
    case stopOld(String)
    case startNew(String)
    /// Probe the new container from outside until the success threshold, the deadline, or a fail-fast cause.
    case gateNew(String)
    /// Keep probing every new container for the soak period.
    case soak
    /// Keep the old container stopped for `rollback`, prune kept ones beyond the limit.
    case retireOld(String)
    /// Rollback: stop and remove the new container.
    case removeNew(String)
    /// Rollback: give the old container its name back and start it.
    case restoreOld(String)
    /// Rollback: gate the restored containers.
    case gateOld
    case finish(Ending)

    public enum Ending: String, Sendable, Hashable, Codable {
        case deployed
        case rolledBack = "rolled-back"
        case rollbackFailed = "rollback-failed"
    }

    public var service: String? {
        switch self {
        case .createNew(let s), .preCutover(let s), .stopOld(let s), .startNew(let s), .gateNew(let s),
            .retireOld(let s),
            .removeNew(let s), .restoreOld(let s):
            s
        case .soak, .gateOld, .finish: nil
        }
    }

    /// True for the steps that move towards the new version (a failure there starts the rollback).
    public var isForward: Bool {
        switch self {
        case .createNew, .preCutover, .stopOld, .startNew, .gateNew, .soak: true
        case .retireOld, .removeNew, .restoreOld, .gateOld, .finish: false
        }
    }

    /// The forward steps that wait on something outside shipshape (probes, a command): a signal cuts them short.
    /// The others are a few Engine calls each and run to their end, so the rollback starts from a known state.
    public var waits: Bool {
        switch self {
        case .preCutover, .gateNew, .soak: true
        default: false
        }
    }

    public var text: String {
        switch self {
        case .createNew(let s): "create-new \(s)"
        case .preCutover(let s): "pre-cutover \(s)"
        case .stopOld(let s): "stop-old \(s)"
        case .startNew(let s): "start-new \(s)"
        case .gateNew(let s): "gate-new \(s)"
        case .soak: "soak"
        case .retireOld(let s): "retire-old \(s)"
        case .removeNew(let s): "remove-new \(s)"
        case .restoreOld(let s): "restore-old \(s)"
        case .gateOld: "gate-old"
        case .finish(let ending): "finish \(ending.rawValue)"
        }
    }

    public init?(text: String) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let verb = parts.first else { return nil }
        let argument = parts.count == 2 ? parts[1] : nil
        switch (verb, argument) {
        case ("create-new", let s?): self = .createNew(s)
        case ("pre-cutover", let s?): self = .preCutover(s)
        case ("stop-old", let s?): self = .stopOld(s)
        case ("start-new", let s?): self = .startNew(s)
        case ("gate-new", let s?): self = .gateNew(s)
        case ("soak", nil): self = .soak
        case ("retire-old", let s?): self = .retireOld(s)
        case ("remove-new", let s?): self = .removeNew(s)
        case ("restore-old", let s?): self = .restoreOld(s)
        case ("gate-old", nil): self = .gateOld
        case ("finish", let e?):
            guard let ending = Ending(rawValue: e) else { return nil }
            self = .finish(ending)
        default: return nil
        }
    }
}
