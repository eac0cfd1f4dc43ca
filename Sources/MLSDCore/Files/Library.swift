// Everything mlsd knows besides the board: the catalogue, the templates and the themes, built-in
// and from the user's folder (a user file with the same id replaces the built-in one).

public struct Library: Sendable {
  public static let catalogueFile = "Templates/catalogue.yaml"
  /// The shared follow-up bank: not a template, though it lives beside them.
  public static let sharedFollowUpsFile = "Templates/\(SharedFollowUps.fileID).yaml"

  public var catalogue: Catalogue
  private let templateFiles: LazyDataFiles<Template>
  private let themeFiles: LazyDataFiles<Theme>
  private let sharedFiles: LazyDataFiles<SharedFollowUps>
  /// Problems found while loading: the catalogue and every user file but the themes.
  private let loadProblems: [LoadError]
  /// Problems found while loading the user's theme files.
  private let themeLoadProblems: [LoadError]

  public init(catalogue: Catalogue, templates: [Template], themes: [Theme], problems: [LoadError] = []) {
    self.init(
      catalogue: catalogue, templateFiles: Library.templateFiles([], users: templates, catalogue: catalogue),
      themeFiles: Library.themeFiles([], users: themes),
      sharedFiles: Library.sharedFiles(DataFile.builtin(in: "Templates"), users: [], catalogue: catalogue),
      problems: problems, themeProblems: [])
  }

  private init(
    catalogue: Catalogue, templateFiles: LazyDataFiles<Template>, themeFiles: LazyDataFiles<Theme>,
    sharedFiles: LazyDataFiles<SharedFollowUps>, problems: [LoadError], themeProblems: [LoadError]
  ) {
    self.catalogue = catalogue
    self.templateFiles = templateFiles
    self.themeFiles = themeFiles
    self.sharedFiles = sharedFiles
    loadProblems = problems
    themeLoadProblems = themeProblems
  }

  /// Every template; decodes the built-in ones not decoded yet.
  public var templates: [Template] { templateFiles.all }
  /// Every theme; decodes the built-in ones not decoded yet.
  public var themes: [Theme] { themeFiles.all }
  /// Files that could not be loaded; the rest of the library still works. A built-in file is
  /// only known to be broken once it has been decoded (the tests decode them all).
  public var problems: [LoadError] { problems(themes: true) }

  /// The problems, without those of theme files when `themes` is false: a command that draws in
  /// no colour has no use for them.
  public func problems(themes: Bool) -> [LoadError] {
    let data = loadProblems + templateFiles.problems + sharedFiles.problems
    return themes ? data + themeLoadProblems + themeFiles.problems : data
  }

  /// The shared follow-up bank (decoded on first use).
  public var sharedFollowUps: [FollowUp] { sharedFiles.item(SharedFollowUps.fileID)?.followUps ?? [] }

  /// Every follow-up that can be asked on a board of this template: its own, then the shared ones.
  public func followUps(for template: Template?) -> FollowUpBank {
    FollowUpBank(template: template, shared: sharedFollowUps)
  }

  public func template(_ id: String) -> Template? { templateFiles.item(id) }
  public func theme(_ name: String) -> Theme? { themeFiles.item(name) }

  /// Loads built-in data and the user's folder.
  public static func load(locations: DataLocations) -> Library {
    var problems: [LoadError] = []
    var kinds: [ComponentKind] = []
    for file in DataFile.builtin(in: "Templates") where file.name == catalogueFile {
      do { kinds = try CatalogueDecoder.decode(file.text, name: file.name) } catch {
        problems.append(asLoadError(error, file.name))
      }
    }
    if let path = locations.userCatalogueFile, AtomicWriter.fileExists(path) {
      do {
        let extra = try CatalogueDecoder.decode(try AtomicWriter.readText(path), name: path)
        for kind in extra {
          if let index = kinds.firstIndex(where: { $0.id == kind.id }) {
            kinds[index] = kind
          } else {
            kinds.append(kind)
          }
        }
      } catch {
        problems.append(asLoadError(error, path))
      }
    }
    let catalogue = Catalogue(kinds: kinds)

    // User files are decoded now, so that a broken one is in `problems` straight away; the
    // built-in ones when they are first asked for.
    var templates: [Template] = []
    var shared: [SharedFollowUps] = []
    let user = DataFile.user(in: locations.userTemplatesFolder)
    problems += user.errors
    // A user's shared follow-up bank replaces the built-in one.
    for file in user.files where file.name.hasSuffix("/\(SharedFollowUps.fileID).yaml") {
      do { shared.append(try FollowUpDecoder.decodeShared(file.text, name: file.name, catalogue: catalogue)) } catch {
        problems.append(asLoadError(error, file.name))
      }
    }
    // A catalogue copied into the templates folder is not a template; the user's catalogue
    // additions live in DataLocations.userCatalogueFile.
    for file in user.files
    where !file.name.hasSuffix("/catalogue.yaml") && !file.name.hasSuffix("/\(SharedFollowUps.fileID).yaml") {
      do { templates.append(try TemplateDecoder.decode(file.text, name: file.name, catalogue: catalogue)) } catch {
        problems.append(asLoadError(error, file.name))
      }
    }

    var themes: [Theme] = []
    let userThemes = DataFile.user(in: locations.userThemesFolder)
    var themeProblems = userThemes.errors
    for file in userThemes.files {
      do { themes.append(try ThemeDecoder.decode(file.text, name: file.name)) } catch {
        themeProblems.append(asLoadError(error, file.name))
      }
    }
    let builtinData = DataFile.builtin(in: "Templates")
    let builtinTemplates = builtinData.filter { $0.name != catalogueFile && $0.name != sharedFollowUpsFile }
    return Library(
      catalogue: catalogue,
      templateFiles: templateFiles(builtinTemplates, users: templates, catalogue: catalogue),
      themeFiles: themeFiles(DataFile.builtin(in: "Themes"), users: themes),
      sharedFiles: sharedFiles(builtinData, users: shared, catalogue: catalogue), problems: problems,
      themeProblems: themeProblems)
  }

  private static func sharedFiles(_ builtins: [DataFile], users: [SharedFollowUps], catalogue: Catalogue)
    -> LazyDataFiles<SharedFollowUps>
  {
    LazyDataFiles(
      builtins: builtins.filter { $0.name == sharedFollowUpsFile }, folder: "Templates", users: users, key: \.id
    ) {
      try FollowUpDecoder.decodeShared($0.text, name: $0.name, catalogue: catalogue)
    }
  }

  private static func templateFiles(_ builtins: [DataFile], users: [Template], catalogue: Catalogue)
    -> LazyDataFiles<Template>
  {
    LazyDataFiles(builtins: builtins, folder: "Templates", users: users, key: \.id) {
      try TemplateDecoder.decode($0.text, name: $0.name, catalogue: catalogue)
    }
  }

  private static func themeFiles(_ builtins: [DataFile], users: [Theme]) -> LazyDataFiles<Theme> {
    LazyDataFiles(builtins: builtins, folder: "Themes", users: users, key: \.name) {
      try ThemeDecoder.decode($0.text, name: $0.name)
    }
  }

  static func asLoadError(_ error: Error, _ name: String) -> LoadError {
    if let error = error as? LoadError { return error }
    if let error = error as? FileError { return LoadError(file: name, line: 0, column: 0, message: error.reason) }
    return LoadError(file: name, line: 0, column: 0, message: "\(error)")
  }
}
