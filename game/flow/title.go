package flow

// Title rows.
const (
	RowLang = iota
	RowName
	RowMode
	RowFont
	RowSound
	RowTeam
	RowBoard
	RowStart
	titleRows
)

// Title is the first screen: language, player name, mode, font size and
// sound, and the way to the team settings and the leaderboard.
type Title struct {
	Row  int
	name Editor
	init bool
}

// NameEditor returns the name box (focused on the name row).
func (t *Title) NameEditor() *Editor { return &t.name }

// Focused returns the text box typing goes to, or nil.
func (t *Title) Focused() *Editor {
	if t.Row == RowName {
		return &t.name
	}
	return nil
}

// Update moves between the rows, changes settings and starts.
func (t *Title) Update(a *App, in Input) Screen {
	if !t.init || t.name.Text != a.Name { // the team screen may rename
		t.name = Editor{Text: a.Name, Cursor: len(a.Name), Max: 40}
		t.init = true
	}
	if t.Row == RowName && len(in.Runes) > 0 {
		t.name.Insert(printable(in.Runes, false))
	}
	for _, p := range in.Presses {
		switch p.Key {
		case KeyUp:
			t.Row = (t.Row + titleRows - 1) % titleRows
		case KeyDown, KeyTab:
			t.Row = (t.Row + 1) % titleRows
		case KeyLeft, KeyRight:
			switch t.Row {
			case RowLang:
				a.Lang = map[string]string{"nl": "en", "en": "nl"}[a.Lang]
			case RowMode:
				a.Exam = !a.Exam
			case RowFont:
				a.BigFont = !a.BigFont
			case RowSound:
				dir := 1
				if p.Key == KeyLeft {
					dir = -1
				}
				a.StepVolume(dir)
			case RowName:
				t.name.Key(p)
			}
		case KeyF1:
			a.Exam = !a.Exam
		case KeyEscape:
			a.Quit = true
		case KeyEnter:
			a.Name = t.name.Text
			switch t.Row {
			case RowTeam:
				return NewSettings(a, t)
			case RowBoard:
				return NewBoard(a, t)
			}
			return NewPicker(a)
		default:
			if t.Row == RowName {
				t.name.Key(p)
			}
		}
	}
	a.Name = t.name.Text
	return t
}

// printable keeps the runes a text box takes; newlines only if multi.
func printable(rs []rune, multi bool) string {
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		if r == '\n' && multi {
			out = append(out, r)
			continue
		}
		if r >= ' ' && r != 0x7f {
			out = append(out, r)
		}
	}
	return string(out)
}
