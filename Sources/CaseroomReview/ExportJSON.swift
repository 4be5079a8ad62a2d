import CaseroomEngine

enum ExportJSON {
  static func render(_ d: ExportDocument) -> String {
    ((try? JSONCoding.text(d)) ?? "") + "\n"
  }
}
