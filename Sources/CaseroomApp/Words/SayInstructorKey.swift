import CaseroomClass
import FoundationEssentials

// MARK: - The instructor's key on a machine

extension Say {
  /// An instructor's command in a clone without the class's key: refused, with what to do.
  public static func notTheInstructor(_ root: String, classKey: String) -> String {
    say(
      "\(root)：这个克隆没有教师的签名密钥（class.json 记录的是 \(classKey)），教师文件（class.json、feedback/）在这里改了也不被信任，下次同步会被放回。",
      "\(root): this clone has not the instructor's signing key (class.json records \(classKey)): the instructor's files (class.json, feedback/) changed here would not be trusted, and the next sync puts them back. "
    )
      + say(
        "若您是教师：把创建班级那台机器上的 ~/.ssh/caseroom-instructor 及其 .pub 复制到本机同一位置（caseroom 会自动使用），",
        "If you are the instructor: copy ~/.ssh/caseroom-instructor and its .pub from the machine that made the class to the same place here (caseroom takes it by itself), "
      )
      + say(
        "或运行 caseroom class init \(root) --signing-key 密钥文件。没有改动任何文件",
        "or run 'caseroom class init \(root) --signing-key KEY'. Nothing was changed")
  }

  /// The key was found at its default place and taken.
  public static func tookKey(_ key: String) -> String {
    say("这个克隆从现在起以教师身份签名（密钥 \(key)）", "this clone signs as the instructor from now on (key \(key))")
  }

  /// `class init DIR --signing-key KEY` on an existing clone of a signed class.
  public static func keyGiven(_ root: String, _ key: String) -> String {
    say(
      "\(root)：已是班级文件夹；这个克隆从现在起用 \(key) 以教师身份签名，class.json 和反馈在下次同步时签名推送",
      "\(root): already a class folder; this clone signs as the instructor from now on, with \(key): class.json and feedback are signed and pushed at the next sync"
    )
  }
}
