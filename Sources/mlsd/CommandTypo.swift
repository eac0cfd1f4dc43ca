// A mistyped subcommand would otherwise be taken as the board file of the default `open`
// ("mlsd tempaltes" opened a new board called tempaltes): a first argument that is no file, has
// no extension or folder and is one typo away from a subcommand is refused with a suggestion.
import Foundation
import MLSDCore

enum CommandTypo {
  /// The message for `arguments` (without the program name), nil when they are not a typo.
  static func message(for arguments: [String], fileExists: (String) -> Bool) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-"), !first.contains("."), !first.contains("/")
    else { return nil }
    let names = MLSD.configuration.subcommands.compactMap { $0.configuration.commandName }
    guard !names.contains(first), !fileExists(first), let guess = Suggest.nearest(first, among: names)
    else { return nil }
    return "mlsd: unknown command '\(Sanitizer.visible(first))' (did you mean '\(guess)'?). "
      + "To open a new board of that name, give it an extension: mlsd open \(Sanitizer.visible(first)).yaml"
  }
}
