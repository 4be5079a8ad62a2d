import ArgumentParser
import CaseroomApp
import CaseroomEngine
import FoundationEssentials

/// The command line speaks as the screens do (`Language.chosen`): `--lang`,
/// `CASEROOM_LANG`, the locale, then the case's own language. `Caseroom.main`
/// starts a run in the language the first three give (Chinese, the bundled
/// case's, when none does: no case is read yet); a command that reads a case, a class or a
/// hand-out does the rest of its work in `inCaseLanguage` once it knows the
/// case's title — its reports, warnings and errors alike.
/// `caseTitle` nil: no case after all (a sync outside a class folder).
func inCaseLanguage<T>(_ caseTitle: String?, _ body: () throws -> T) throws -> T {
  let language = Language.chosen(
    Language.askedOnCommandLine, environment: ProcessEnvironment.variables, caseTitle: caseTitle)
  return try Language.$current.withValue(language) {
    do {
      return try body()
    } catch let e as ExitCode {
      throw e
    } catch let e as Failure {
      throw e
    } catch {
      // Worded here, in the case's language, not where `reportingFailures` catches it.
      throw Failure(error)
    }
  }
}
