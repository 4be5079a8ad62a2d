import CaseroomEngine
import FoundationEssentials

/// What `caseroom import` says when it refuses a command line that would lose a file or mislead:
/// an output that is the hand-out itself, a file name read as options, standard output that takes
/// nothing, `--review` away from a terminal, an empty output name.
extension Say {
  /// `-o` names the hand-out itself (the same file, or a hard link to it): replacing it would lose the hand-out.
  public static func outputIsInput(_ output: String, input: String) -> String {
    say(
      "\(output)：就是要导入的文件 \(input) 本身；写入会覆盖原文，请换一个输出文件",
      "\(output): is the hand-out \(input) itself; writing it would replace the hand-out, choose another output file")
  }
  /// A file name starting with `-`, which the command line would read as options.
  public static func dashedFileName(_ name: String) -> String {
    say(
      "“\(name)”以 - 开头，会被当作选项；要指这个文件，请写成 ./\(name)",
      "'\(name)' starts with '-' and would be read as options; to name that file, write ./\(name)")
  }
  /// Standard output could not take the case (a full disk, a closed pipe).
  public static func standardOutputFailed(_ e: SystemError) -> String {
    say("无法写入标准输出：", "cannot write to standard output: ") + systemError(e)
  }
  /// `--review` with no terminal to show it in.
  public static var reviewNeedsTerminal: String {
    say(
      "--review 需要在终端里运行（标准输入和标准错误都要连着终端）；不在终端时，请去掉 --review 再导入",
      "--review needs a terminal (standard input and standard error on one); without a terminal, run the import without --review"
    )
  }
  /// `-o ''`.
  public static var outputNameEmpty: String {
    say("-o 给出的文件名是空的；请给出案例文件的名字", "the name given to -o is empty; give the case file's name")
  }
}
