import Foundation
import Testing

@testable import DeployModel

/// `${{ github.repository }}` is the checkout's remote: `origin`'s URL in every form git writes.
@Suite struct GitRemoteTests {
    @Test func remoteURLForms() {
        #expect(GitRemote.ownerAndName(url: "https://github.com/Acme/Shop.git") == "Acme/Shop")
        #expect(GitRemote.ownerAndName(url: "git@github.com:acme/shop.git") == "acme/shop")
        #expect(GitRemote.ownerAndName(url: "ssh://git@github.com/acme/shop") == "acme/shop")
        #expect(GitRemote.ownerAndName(url: "https://github.com/acme/shop/") == "acme/shop")
        #expect(GitRemote.ownerAndName(url: "https://gitlab.com/group/sub/shop.git") == nil)
        #expect(GitRemote.ownerAndName(url: "/srv/git/shop.git") == nil)
    }

    @Test func originWinsElseTheOnlyRemote() {
        let config = """
            [core]
            \tbare = false
            [remote "fork"]
            \turl = git@github.com:me/shop.git
            [remote "origin"]
            \turl = https://github.com/acme/shop.git
            \tfetch = +refs/heads/*:refs/remotes/origin/*

            """
        #expect(GitRemote.repository(inConfig: config) == "acme/shop")
        #expect(
            GitRemote.repository(inConfig: "[remote \"upstream\"]\n  url = git@github.com:acme/api\n") == "acme/api")
        let two = "[remote \"a\"]\nurl = git@github.com:a/x\n[remote \"b\"]\nurl = git@github.com:b/x\n"
        #expect(GitRemote.repository(inConfig: two) == nil)
        #expect(GitRemote.repository(inConfig: "[core]\n") == nil)
    }

    @Test func checkoutsAndWorktrees() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        let main = root.appendingPathComponent("main").path
        try manager.createDirectory(atPath: main + "/.git/worktrees/wt", withIntermediateDirectories: true)
        try "[remote \"origin\"]\n\turl = git@github.com:Acme/Shop.git\n".write(
            toFile: main + "/.git/config", atomically: true, encoding: .utf8)
        try "../..\n".write(toFile: main + "/.git/worktrees/wt/commondir", atomically: true, encoding: .utf8)
        let worktree = root.appendingPathComponent("wt").path
        try manager.createDirectory(atPath: worktree, withIntermediateDirectories: true)
        try "gitdir: \(main)/.git/worktrees/wt\n".write(toFile: worktree + "/.git", atomically: true, encoding: .utf8)
        #expect(GitRemote.repository(ofCheckoutAt: main) == "Acme/Shop")
        #expect(GitRemote.repository(ofCheckoutAt: worktree) == "Acme/Shop")
        #expect(GitRemote.repository(ofCheckoutAt: root.path) == nil)
    }
}
