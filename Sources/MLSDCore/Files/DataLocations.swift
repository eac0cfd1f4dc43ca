// Where mlsd reads user templates, themes and catalogue additions, and where it keeps its own
// data (recovery files, practice history), following the XDG base-directory convention.

public struct DataLocations: Sendable {
  /// `$XDG_CONFIG_HOME/mlsd`, else `~/.config/mlsd`: user templates and themes.
  public var configFolder: String?
  /// `$XDG_DATA_HOME/mlsd`, else `~/.local/share/mlsd`: history and recovery files.
  public var dataFolder: String?

  public init(environment: [String: String]) {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      configFolder = config + "/mlsd"
    } else {
      configFolder = home.map { $0 + "/.config/mlsd" }
    }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      dataFolder = data + "/mlsd"
    } else {
      dataFolder = home.map { $0 + "/.local/share/mlsd" }
    }
  }

  public init(configFolder: String?, dataFolder: String?) {
    self.configFolder = configFolder
    self.dataFolder = dataFolder
  }

  public var userTemplatesFolder: String? { configFolder.map { $0 + "/templates" } }
  public var userThemesFolder: String? { configFolder.map { $0 + "/themes" } }
  /// Extra component kinds a user adds to the built-in catalogue.
  public var userCatalogueFile: String? { configFolder.map { $0 + "/catalogue.yaml" } }
}
