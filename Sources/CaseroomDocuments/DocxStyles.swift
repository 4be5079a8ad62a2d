import CaseroomEngine
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Word's paragraph styles (`word/styles.xml`): which are headings and at
/// what level (their outline level, or a name such as `heading 2`, `标题 2`),
/// which is the title, and which carry a list's numbering of their own
/// (`List Number`). A style without these takes them from the style it is based on.
struct DocxStyles {
  struct Style {
    var name = ""
    var basedOn: String?
    var outlineLevel: Int?
    var numId: String?
    var ilvl: Int?
    /// The font size its text is set in, in half-points (`w:sz`), if the style sets one.
    var size: Int?
  }

  var styles: [String: Style] = [:]
  /// The document's default font size in half-points (`w:docDefaults`), and its default paragraph style.
  var defaultSize: Int?
  var defaultStyle: String?

  init() {}

  init(xml: Data) {
    let reader = Reader()
    let parser = XMLParser(data: xml)
    parser.delegate = reader
    _ = parser.parse()
    styles = reader.styles
    defaultSize = reader.defaultSize
    defaultStyle = reader.defaultStyle
  }

  /// The font size (half-points) a paragraph of this style (nil: the default style) is set in, if known.
  func size(_ id: String?) -> Int? {
    var seen: Set<String> = []
    var current: String? = id ?? defaultStyle
    while let c = current, !seen.contains(c), let s = styles[c] {
      seen.insert(c)
      if let n = s.size { return n }
      current = s.basedOn
    }
    return defaultSize
  }

  /// The heading level (1-based) of a style, if it is a heading.
  func headingLevel(_ id: String) -> Int? {
    var seen: Set<String> = []
    var current: String? = id
    while let c = current, !seen.contains(c), let s = styles[c] {
      seen.insert(c)
      if let level = DocxStyles.level(named: s.name) { return level }
      if let o = s.outlineLevel, o < 9 { return o + 1 }
      current = s.basedOn
    }
    return DocxStyles.level(named: id)
  }

  /// Whether a style is the document's title.
  func isTitle(_ id: String) -> Bool {
    let name = (styles[id]?.name ?? id).lowercased()
    return name == "title" || name == "标题" || id == "Title"
  }

  /// Whether a style is the document's subtitle (`Subtitle`, `副标题`), or one based on it.
  func isSubtitle(_ id: String) -> Bool {
    var seen: Set<String> = []
    var current: String? = id
    while let c = current, !seen.contains(c) {
      seen.insert(c)
      let name = (styles[c]?.name ?? c).lowercased()
      if name == "subtitle" || name == "副标题" || c == "Subtitle" { return true }
      current = styles[c]?.basedOn
    }
    return false
  }

  /// The numbering a style carries (`List Number`), if any.
  func numbering(_ id: String) -> (numId: String, ilvl: Int)? {
    var seen: Set<String> = []
    var current: String? = id
    while let c = current, !seen.contains(c), let s = styles[c] {
      seen.insert(c)
      if let n = s.numId { return (n, s.ilvl ?? 0) }
      current = s.basedOn
    }
    return nil
  }

  /// `heading 2`, `Heading2`, `标题 2` → 2.
  static func level(named name: String) -> Int? {
    let lower = String(name.lowercased().filter { $0 != " " })
    for prefix in ["heading", "标题"] where lower.hasPrefix(prefix) {
      if let n = Int(lower.dropFirst(prefix.count)), n >= 1 && n <= 9 { return n }
    }
    return nil
  }

  private final class Reader: NSObject, XMLParserDelegate {
    var styles: [String: Style] = [:]
    var id: String?
    var style = Style()
    var defaultSize: Int?
    var defaultStyle: String?
    var inDefaults = false

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      let val = attributes["w:val"]
      switch name {
      case "w:style":
        id = attributes["w:type"] == "paragraph" ? attributes["w:styleId"] : nil
        if id != nil && (attributes["w:default"] == "1" || attributes["w:default"] == "true") { defaultStyle = id }
        style = Style()
      case "w:docDefaults": inDefaults = true
      case "w:sz":
        if let val, let n = Int(val) {
          if id != nil { style.size = n } else if inDefaults { defaultSize = n }
        }
      case "w:name": if id != nil, let val { style.name = val }
      case "w:basedOn": if id != nil { style.basedOn = val }
      case "w:outlineLvl": if id != nil, let val { style.outlineLevel = Int(val) }
      case "w:numId": if id != nil { style.numId = val }
      case "w:ilvl": if id != nil, let val { style.ilvl = Int(val) }
      default: break
      }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "w:style", let id {
        styles[id] = style
        self.id = nil
      }
      if name == "w:docDefaults" { inDefaults = false }
    }
  }
}
