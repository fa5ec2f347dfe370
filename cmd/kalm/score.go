package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"kalm/internal/cliflag"
	"kalm/scoring"
)

func runScore(e env) int {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	lang := fs.String("lang", "auto", "language of the reply: nl, en or auto")
	jsonl := fs.Bool("jsonl", false, `read JSON lines {"id","text","lang","context"} from stdin, write one result line each`)
	to := fs.String("to", "", "the customer's message the reply answers (optional; the learned layer reads what it does)")
	asJSON := fs.Bool("json", false, "print the result of one reply as JSON")
	color := fs.String("color", "auto", "highlight evidence: auto, always or never")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: kalm score [--lang nl|en|auto] [--json] [--to CUSTOMER] [TEXT]")
		fmt.Fprintln(fs.Output(), "       kalm score --jsonl < replies.jsonl")
		fmt.Fprintln(fs.Output(), "\nScores TEXT (or standard input) on the rubric and shows the words behind each finding.")
		fs.PrintDefaults()
	}
	args, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	l, err := scoring.ParseLang(*lang)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm score: %v\n", err)
		return exitUsage
	}
	sc := scoring.New(scoring.Vocabulary{})
	if *jsonl {
		if len(args) > 0 {
			fmt.Fprintln(e.stderr, "kalm score: --jsonl reads standard input; drop the TEXT argument")
			return exitUsage
		}
		return scoreJSONL(sc, l, e.stdin, e.stdout, e.stderr)
	}
	var text string
	if len(args) > 0 {
		text = strings.Join(args, " ")
	} else {
		b, err := io.ReadAll(io.LimitReader(e.stdin, 1<<20))
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm score: reading standard input: %v\n", err)
			return exitFindings
		}
		text = string(b)
	}
	text = strings.TrimRight(text, "\r\n")
	if strings.TrimSpace(text) == "" {
		fmt.Fprintln(e.stderr, "kalm score: no reply to score (give TEXT or pipe it in)")
		return exitFindings
	}
	res := sc.ScoreTurn(scoring.Turn{Customer: *to, Reply: text, Lang: l})
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(res)
		return exitOK
	}
	hl := e.isTerminal
	switch *color {
	case "always":
		hl = true
	case "never":
		hl = false
	case "auto":
	default:
		fmt.Fprintf(e.stderr, "kalm score: --color must be auto, always or never, not %q\n", *color)
		return exitUsage
	}
	printResult(e.stdout, text, res, hl)
	return exitOK
}

// jsonlInput is one line of `kalm score --jsonl`.
type jsonlInput struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	Lang string          `json:"lang"`
	// Context is the customer's message the reply answers (optional):
	// the learned layer reads what it does (scoring.Turn).
	Context string `json:"context"`
}

// scoreJSONL scores one JSON object per line. A bad line gets an error
// line naming it, and scoring goes on; the exit code is then 1.
func scoreJSONL(sc *scoring.Scorer, def scoring.Lang, in io.Reader, out, errw io.Writer) int {
	r := bufio.NewReaderSize(in, 1<<16)
	w := bufio.NewWriterSize(out, 1<<16)
	defer w.Flush()
	code := exitOK
	var buf []byte
	for lineNo := 1; ; lineNo++ {
		line, tooLong, err := readLine(r)
		if tooLong {
			buf = appendError(buf[:0], nil, lineNo, "line longer than 16 MiB, skipped")
			w.Write(buf)
			code = exitFindings
		}
		if len(line) > 0 && len(bytes.TrimSpace(line)) > 0 {
			buf = buf[:0]
			var in jsonlInput
			if jerr := decodeInput(line, &in); jerr != nil {
				buf = appendError(buf, nil, lineNo, "malformed JSON: "+jerr.Error())
				code = exitFindings
			} else if in.Text == nil {
				buf = appendError(buf, in.ID, lineNo, `missing "text"`)
				code = exitFindings
			} else if l, lerr := pickLang(in.Lang, def); lerr != nil {
				buf = appendError(buf, in.ID, lineNo, lerr.Error())
				code = exitFindings
			} else {
				buf = appendResultJSON(buf, in.ID, sc.ScoreTurn(scoring.Turn{Customer: in.Context, Reply: *in.Text, Lang: l}))
			}
			w.Write(buf)
		}
		if err != nil {
			if err != io.EOF {
				fmt.Fprintf(errw, "kalm score: reading line %d: %v\n", lineNo, err)
				return exitFindings
			}
			return code
		}
	}
}

// maxLineBytes bounds one input line of `kalm score --jsonl`: a line
// holding a reply far longer than the scorer reads still fits, and a
// runaway file without newlines cannot take all memory.
const maxLineBytes = 16 << 20

// readLine returns the next line without its newline. A line longer than
// maxLineBytes is read to its end and dropped: tooLong says so.
func readLine(r *bufio.Reader) (line []byte, tooLong bool, err error) {
	line, err = r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		long := append([]byte(nil), line...)
		for err == bufio.ErrBufferFull {
			line, err = r.ReadSlice('\n')
			if len(long) <= maxLineBytes {
				long = append(long, line...)
			}
		}
		if len(long) > maxLineBytes {
			return nil, true, err
		}
		line = long
	}
	for len(line) > 0 && (line[len(line)-1] == '\n' || line[len(line)-1] == '\r') {
		line = line[:len(line)-1]
	}
	return line, false, err
}

func pickLang(s string, def scoring.Lang) (scoring.Lang, error) {
	if s == "" {
		return def, nil
	}
	return scoring.ParseLang(s)
}
