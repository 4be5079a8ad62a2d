import Foundation
import PackagePlugin

/// Records the git commit the `caseroom` executable is built from, for
/// `caseroom --version`: before every build, a shell runs `git rev-parse` in the
/// package and writes `BuildCommit.swift` (`let buildCommit = "<commit>"`), only
/// when the commit changed, so an unchanged commit costs no recompilation. The
/// commit gets `-dirty` when the work tree differs from it. Without git, or
/// outside a git work tree (a source archive), it is `unknown`.
@main
struct BuildCommit: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("Generated")
    let scratch = context.pluginWorkDirectoryURL.appendingPathComponent("BuildCommit.swift.new")
    return [
      .prebuildCommand(
        displayName: "Recording the git commit for caseroom --version",
        executable: URL(fileURLWithPath: "/bin/sh"),
        arguments: [
          "-c", Self.script, "build-commit", context.package.directoryURL.path, output.path, scratch.path,
        ],
        outputFilesDirectory: output)
    ]
  }

  /// `$1` the package, `$2` the output folder, `$3` a scratch file outside it.
  static let script = #"""
    commit=$(git -C "$1" rev-parse --short=12 HEAD 2>/dev/null) || commit=""
    if [ -z "$commit" ]; then
      commit=unknown
    elif ! git -C "$1" diff --quiet HEAD -- 2>/dev/null; then
      commit="$commit-dirty"
    fi
    mkdir -p "$2"
    printf '/// Generated before each build by Plugins/BuildCommit: the git commit built.\nlet buildCommit = "%s"\n' "$commit" > "$3"
    if cmp -s "$3" "$2/BuildCommit.swift"; then rm -f "$3"; else mv -f "$3" "$2/BuildCommit.swift"; fi
    """#
}
