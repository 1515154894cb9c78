import Testing

/// ncurses has one current screen per process: every suite that opens one runs inside this
/// suite, one test at a time, whatever suite it belongs to.
@Suite(.serialized)
enum NCursesSessions {}
