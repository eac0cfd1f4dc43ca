// Everything mlsd knows besides the board: the catalogue, the templates and the themes, built-in
// and from the user's folder (a user file with the same id replaces the built-in one).

public struct Library: Sendable {
  public static let catalogueFile = "Templates/catalogue.yaml"

  public var catalogue: Catalogue
  public var templates: [Template]
  public var themes: [Theme]
  /// Files that could not be loaded; the rest of the library still works.
  public var problems: [LoadError]

  public init(catalogue: Catalogue, templates: [Template], themes: [Theme], problems: [LoadError] = []) {
    self.catalogue = catalogue
    self.templates = templates
    self.themes = themes
    self.problems = problems
  }

  public func template(_ id: String) -> Template? { templates.first { $0.id == id } }
  public func theme(_ name: String) -> Theme? { themes.first { $0.name == name } }

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

    var templates: [Template] = []
    let user = DataFile.user(in: locations.userTemplatesFolder)
    problems += user.errors
    // A catalogue copied into the templates folder is not a template; the user's catalogue
    // additions live in DataLocations.userCatalogueFile.
    let userTemplates = user.files.filter { !$0.name.hasSuffix("/catalogue.yaml") }
    for file in DataFile.builtin(in: "Templates").filter({ $0.name != catalogueFile }) + userTemplates {
      do {
        let template = try TemplateDecoder.decode(file.text, name: file.name, catalogue: catalogue)
        if let index = templates.firstIndex(where: { $0.id == template.id }) {
          templates[index] = template
        } else {
          templates.append(template)
        }
      } catch {
        problems.append(asLoadError(error, file.name))
      }
    }

    var themes: [Theme] = []
    let userThemes = DataFile.user(in: locations.userThemesFolder)
    problems += userThemes.errors
    for file in DataFile.builtin(in: "Themes") + userThemes.files {
      do {
        let theme = try ThemeDecoder.decode(file.text, name: file.name)
        if let index = themes.firstIndex(where: { $0.name == theme.name }) {
          themes[index] = theme
        } else {
          themes.append(theme)
        }
      } catch {
        problems.append(asLoadError(error, file.name))
      }
    }
    return Library(catalogue: catalogue, templates: templates, themes: themes, problems: problems)
  }

  static func asLoadError(_ error: Error, _ name: String) -> LoadError {
    if let error = error as? LoadError { return error }
    if let error = error as? FileError { return LoadError(file: name, line: 0, column: 0, message: error.reason) }
    return LoadError(file: name, line: 0, column: 0, message: "\(error)")
  }
}
