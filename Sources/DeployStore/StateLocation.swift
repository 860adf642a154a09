import Foundation

/// Where the SQLite state lives: `$SHIPSHAPE_STATE_DIR/state.sqlite`, else `~/.local/state/shipshape/state.sqlite`
/// (`$XDG_STATE_HOME/shipshape/state.sqlite` when that is set).
public enum StateLocation {
    public static func sqlitePath(environment: [String: String]) -> String {
        if let directory = environment["SHIPSHAPE_STATE_DIR"], !directory.isEmpty {
            return (directory as NSString).appendingPathComponent("state.sqlite")
        }
        let base: String
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty {
            base = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/state")
        }
        return (base as NSString).appendingPathComponent("shipshape/state.sqlite")
    }
}
