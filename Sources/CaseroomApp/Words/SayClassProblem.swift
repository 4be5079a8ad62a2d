import CaseroomClass
import CaseroomSession

/// The class layer's problems with git, keys, modes and released feedback,
/// in the interface's language. git's and the system's words are kept as
/// they are, after the sentence.
extension Say {
  static func classWhatMore(_ what: ClassError.What) -> String {
    switch what {
    case .git(let command, let detail):
      let words = gitSaid(detail)
      return say("git \(command) 失败：\(words)", "git \(command) failed: \(words)")
    case .cannotRunGit(let why):
      return say("无法运行 git：\(why)（装了 git 吗？）", "cannot run git: \(why) (is git installed?)")
    case .cannotMakeKey(nil):
      return say(
        "无法生成签名密钥：没有 ssh-keygen（apt-get install openssh-client）",
        "cannot make a signing key: ssh-keygen not found (install it: apt-get install openssh-client)")
    case .cannotMakeKey(let why?): return say("无法生成签名密钥：\(why)", "cannot make a signing key: \(why)")
    case .notAPublicKey:
      return say(
        "不是 SSH 公钥（ssh-keygen -y -f KEY > KEY.pub 可以生成）",
        "not an SSH public key (ssh-keygen -y -f KEY > KEY.pub makes it)")
    case .signingKeyOutsideClone(let root):
      return say(
        "--signing-key 用于班级仓库：\(root) 不是 git 克隆", "--signing-key is for a class repository: \(root) is not a git clone")
    case .notTheClassKey(let recorded):
      return say(
        "不是班级的密钥：class.json 记录的是 \(recorded)；请用 caseroom class init 生成的密钥（生成班级的那台机器上的 ~/.ssh/caseroom-instructor 及其 .pub）",
        "is not the class's key: class.json records \(recorded); take the key made by 'caseroom class init' "
          + "(~/.ssh/caseroom-instructor and its .pub on the machine that made the class)")
    case .repositoryExists:
      return say("已存在：班级仓库只在空处创建", "already exists: the class repository is made only where nothing is")
    case .cannotGiveGroup(let group, let e, let notAMember):
      let why = systemError(e)
      let hint =
        notAMember ? say("（你必须是这个组的成员：id 会列出你所在的组）", " (you must be a member of that group: 'id' lists yours)") : ""
      return say("无法设为 \(group) 组：\(why)\(hint)", "cannot be given the group \(group): \(why)\(hint)")
    case .cannotGiveMode(let mode, let e):
      let why = systemError(e)
      return say("无法设为权限 \(mode)：\(why)", "cannot be given mode \(mode): \(why)")
    case .cannotEncode(let detail): return say("无法编码：\(detail)", "cannot be encoded: \(detail)")
    case .cannotWrite(let e): return writeFailure(e)
    case .emptySession: return say("是空的：不是小组记录", "empty: not a session")
    case .notASession(let e):
      let detail = e.unreadable.map(versionedProblem) ?? sessionWhat(e.what)
      return say("不是小组记录：\(detail)", "not a session: \(detail)")
    case .cannotMerge(let f): return mergeFailure(f)
    case .feedbackScale(let n, let max):
      return say(
        "反馈文件不能用：满分 \(n) 不在 1–\(max) 之间", "not a usable feedback file: scaleMax \(n) is not between 1 and \(max)")
    case .feedbackQuestion(let q):
      return say("反馈文件不能用：题号 \(q) 不是从 1 起", "not a usable feedback file: question \(q) is not from 1")
    case .feedbackQuestionScale(let q, let scale, let max):
      return say(
        "反馈文件不能用：第 \(q) 题的满分 \(scale) 不在 1–\(max) 之间",
        "not a usable feedback file: question \(q): scale \(scale) is not between 1 and \(max)")
    case .feedbackScore(let q, let score, let top):
      return say(
        "反馈文件不能用：第 \(q) 题的得分 \(score) 不在 0–\(top) 之间",
        "not a usable feedback file: question \(q): score \(score) is not between 0 and \(top)")
    default: return "\(what)"
    }
  }
}
