// AppState's properties by their old names, each read and changed in place in its named part
// (`document`, `modes`, `edits`, `view`, `session`), so that the code of every mode reads as before.
import Foundation

extension AppState {
  // MARK: - DocumentState

  public internal(set) var board: Board {
    get { document.board }
    _modify { yield &document.board }
  }

  public internal(set) var filePath: String? {
    get { document.filePath }
    _modify { yield &document.filePath }
  }

  public internal(set) var cleanBoard: Board {
    get { document.cleanBoard }
    _modify { yield &document.cleanBoard }
  }

  public internal(set) var diskStamp: FileStamp? {
    get { document.diskStamp }
    _modify { yield &document.diskStamp }
  }

  var lastDiskCheck: Double {
    get { document.lastDiskCheck }
    _modify { yield &document.lastDiskCheck }
  }

  var declinedChange: DiskChange? {
    get { document.declinedChange }
    _modify { yield &document.declinedChange }
  }

  var diskProblem: String? {
    get { document.diskProblem }
    _modify { yield &document.diskProblem }
  }

  public internal(set) var isReadOnly: Bool {
    get { document.isReadOnly }
    _modify { yield &document.isReadOnly }
  }

  var saveNote: String? {
    get { document.saveNote }
    _modify { yield &document.saveNote }
  }

  public internal(set) var report: CheckReport {
    get { document.report }
    _modify { yield &document.report }
  }

  var kindMemo: KindMemo {
    get { document.kindMemo }
    _modify { yield &document.kindMemo }
  }

  public internal(set) var layer: BoardLayer {
    get { document.layer }
    _modify { yield &document.layer }
  }

  public internal(set) var selection: Selection? {
    get { document.selection }
    _modify { yield &document.selection }
  }

  public internal(set) var marked: [String] {
    get { document.marked }
    _modify { yield &document.marked }
  }

  public internal(set) var clipboard: Box? {
    get { document.clipboard }
    _modify { yield &document.clipboard }
  }

  // MARK: - ModeState

  public internal(set) var mode: Mode {
    get { modes.mode }
    _modify { yield &modes.mode }
  }

  public internal(set) var showHelp: Bool {
    get { modes.showHelp }
    _modify { yield &modes.showHelp }
  }

  public internal(set) var helpScroll: Int {
    get { modes.helpScroll }
    _modify { yield &modes.helpScroll }
  }

  public internal(set) var message: StatusMessage? {
    get { modes.message }
    _modify { yield &modes.message }
  }

  public internal(set) var lastFind: String {
    get { modes.lastFind }
    _modify { yield &modes.lastFind }
  }

  public internal(set) var findingIndex: Int {
    get { modes.findingIndex }
    _modify { yield &modes.findingIndex }
  }

  public internal(set) var suggestedComponent: String? {
    get { modes.suggestedComponent }
    _modify { yield &modes.suggestedComponent }
  }

  public internal(set) var lastBox: String? {
    get { modes.lastBox }
    _modify { yield &modes.lastBox }
  }

  public internal(set) var drag: Drag? {
    get { modes.drag }
    _modify { yield &modes.drag }
  }

  public internal(set) var lastPress: MouseEvent? {
    get { modes.lastPress }
    _modify { yield &modes.lastPress }
  }

  // MARK: - EditState

  public internal(set) var history: History {
    get { edits.history }
    _modify { yield &edits.history }
  }

  var liveEditStart: Derived? {
    get { edits.liveEditStart }
    _modify { yield &edits.liveEditStart }
  }

  public internal(set) var version: Int {
    get { edits.version }
    _modify { yield &edits.version }
  }

  public internal(set) var lastEditAt: Double? {
    get { edits.lastEditAt }
    _modify { yield &edits.lastEditAt }
  }

  public internal(set) var recoveryVersion: Int {
    get { edits.recoveryVersion }
    _modify { yield &edits.recoveryVersion }
  }

  var draftVersion: Int {
    get { edits.draftVersion }
    _modify { yield &edits.draftVersion }
  }

  var recoveryDraft: Int {
    get { edits.recoveryDraft }
    _modify { yield &edits.recoveryDraft }
  }

  // MARK: - ViewState

  public internal(set) var panelTab: PanelTab {
    get { view.panelTab }
    _modify { yield &view.panelTab }
  }

  public internal(set) var panelScroll: Int {
    get { view.panelScroll }
    _modify { yield &view.panelScroll }
  }

  public internal(set) var showPanel: Bool {
    get { view.showPanel }
    _modify { yield &view.showPanel }
  }

  public internal(set) var currentStep: Step {
    get { view.currentStep }
    _modify { yield &view.currentStep }
  }

  public internal(set) var scroll: GridPoint {
    get { view.scroll }
    _modify { yield &view.scroll }
  }

  public internal(set) var screenWidth: Int {
    get { view.screenWidth }
    _modify { yield &view.screenWidth }
  }

  public internal(set) var screenHeight: Int {
    get { view.screenHeight }
    _modify { yield &view.screenHeight }
  }

  public internal(set) var theme: Theme {
    get { view.theme }
    _modify { yield &view.theme }
  }

  public internal(set) var ascii: Bool {
    get { view.ascii }
    _modify { yield &view.ascii }
  }

  // MARK: - PracticeState

  public internal(set) var practice: PracticeMode? {
    get { session.practice }
    _modify { yield &session.practice }
  }

  public internal(set) var interviewer: Interviewer? {
    get { session.interviewer }
    _modify { yield &session.interviewer }
  }

  public internal(set) var dateOrigin: (date: Date, at: Double)? {
    get { session.dateOrigin }
    _modify { yield &session.dateOrigin }
  }

  public internal(set) var reviewPageHeight: Int {
    get { session.reviewPageHeight }
    _modify { yield &session.reviewPageHeight }
  }
}
