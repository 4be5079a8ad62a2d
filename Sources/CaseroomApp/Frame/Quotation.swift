/// A passage in quotation marks, for previews and citations: “…”, or 「…」
/// when the passage has Chinese double quotes of its own, so that a mark is
/// never doubled (`““金关工程”` reads as a slip).
public func quoted(_ passage: String) -> String {
  passage.contains(where: { $0 == "“" || $0 == "”" }) ? "「" + passage + "」" : "“" + passage + "”"
}
