// Turns what ncurses reads (wide characters, key codes, mouse events) into the app's Key and
// MouseEvent values.
import CNcursesw
import MLSDCore

enum InputDecoder {
  /// A character read by get_wch with status OK.
  static func key(character code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return nil
    case 1...26:
      guard let scalar = Unicode.Scalar(code + 96) else { return nil }
      return .ctrl(Character(scalar))
    case 28...31: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// A key code read by get_wch with status KEY_CODE_YES (not the mouse or a resize).
  static func key(code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_SR: return .shiftUp
    case KEY_SF: return .shiftDown
    case KEY_SLEFT: return .shiftLeft
    case KEY_SRIGHT: return .shiftRight
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }

  /// A mouse event from getmouse; `buttonDown` tracks whether button 1 is held, so that motion
  /// reports become drags.
  static func mouse(_ event: MEVENT, buttonDown: inout Bool, time: Double) -> MouseEvent? {
    let state = event.bstate
    let x = Int(event.x)
    let y = Int(event.y)
    if state & mlsd_button4_pressed() != 0 { return MouseEvent(.wheelUp, x: x, y: y, time: time) }
    if state & mlsd_button5_pressed() != 0 { return MouseEvent(.wheelDown, x: x, y: y, time: time) }
    if state & mlsd_button1_pressed() != 0 {
      buttonDown = true
      return MouseEvent(.press, x: x, y: y, time: time)
    }
    if state & mlsd_button1_released() != 0 {
      buttonDown = false
      return MouseEvent(.release, x: x, y: y, time: time)
    }
    if state & mlsd_button1_clicked() != 0 {
      return MouseEvent(.press, x: x, y: y, time: time)
    }
    if state & mlsd_report_mouse_position() != 0 && buttonDown {
      return MouseEvent(.drag, x: x, y: y, time: time)
    }
    return nil
  }
}
