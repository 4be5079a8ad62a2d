import ArgumentParser

/// `--class DIR`, declared once for every command that works on a class.
struct ClassFolderOption: ParsableArguments {
  @Option(
    name: .customLong("class"),
    help: "A class folder (caseroom class init): its sessions and its case. Default: $CASEROOM_CLASS.")
  var classFolder: String?
}
