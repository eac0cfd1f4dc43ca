// Entry point: parse the command line, run the command, and map every failure to a message on
// stderr and an exit status (0 success, 1 a failed check, 2 bad input).
import ArgumentParser
import Foundation
import MLSDCore
import MLSDGraphviz

// Past a file-size limit (ulimit -f) a write should fail with an error the user is shown, not
// kill the process with SIGXFSZ and lose the board in memory.
signal(SIGXFSZ, SIG_IGN)

if let typo = CommandTypo.message(
  for: Array(CommandLine.arguments.dropFirst()), fileExists: { FileManager.default.fileExists(atPath: $0) })
{
  FileHandle.standardError.write(Data((typo + "\n").utf8))
  exit(2)
}

do {
  var command = try MLSD.parseAsRoot()
  // The layout engine named by MLSD_LAYOUT_ENGINE serves every layout the command makes
  // (render --layout-engine overrides it for its own).
  let engine = try LayoutEngineChoice.from(environment: CLIContext.environment)
  try LayoutEngine.$ordering.withValue(engine.ordering) { try command.run() }
} catch let error as LayoutEngineChoice.ChoiceError {
  FileHandle.standardError.write(Data("mlsd: \(error)\n".utf8))
  exit(2)
} catch let failure as CLIFailure {
  FileHandle.standardError.write(Data((failure.message + "\n").utf8))
  exit(failure.status)
} catch {
  let code = MLSD.exitCode(for: error)
  if code == .success {
    print(MLSD.fullMessage(for: error))
    exit(0)
  }
  if let exitCode = error as? ExitCode { exit(exitCode.rawValue) }
  FileHandle.standardError.write(Data((MLSD.fullMessage(for: error) + "\n").utf8))
  exit(2)
}
