package server

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"kalm/leaderboard"
	"kalm/leaderboard/api"
	"kalm/scenarios/catalog"
)

//go:embed templates/page.html
var templateFS embed.FS

var pageTemplate = template.Must(template.ParseFS(templateFS, "templates/page.html"))

// words are the office page's texts in one language.
type words struct {
	Title, Players, Teams, Empty, Updated, Refresh, PlayersShort string
	AllScenarios, AllTeams                                       string
	Periods                                                      map[string]string
}

// pageWords are the page's texts, from the shared catalogue.
var pageWords = map[string]words{"nl": pageWordsIn("nl"), "en": pageWordsIn("en")}

func pageWordsIn(lang string) words {
	t := func(key string) string { return catalog.T(lang, key) }
	return words{Title: t("office.title"), Players: t("office.players"), Teams: t("office.teams"), PlayersShort: t("office.players.short"),
		Empty: t("office.empty"), Updated: t("office.updated"), Refresh: t("office.refresh"),
		AllScenarios: t("office.all.scenarios"), AllTeams: t("office.all.teams"),
		Periods: map[string]string{leaderboard.Week: t("office.period.week"), leaderboard.Month: t("office.period.month"), leaderboard.All: t("office.period.all")}}
}

type pageData struct {
	Lang       string
	T          words
	Board      api.Board
	Scope      string
	PeriodName string
	Updated    string
	Refresh    int
}

// handlePage renders the office board: ?scenario=, ?period= (week by
// default), ?team=, ?limit=, in the language Accept-Language prefers.
func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	lang := PickLang(r.Header.Get("Accept-Language"))
	q, f, msg, err := s.boardQuery(r.Context(), r.URL.Query(), leaderboard.Week)
	if err != nil {
		s.log.Error("office page", "err", err)
		http.Error(w, "the board cannot be read now; see the server log", http.StatusInternalServerError)
		return
	}
	if msg != "" {
		http.Error(w, msg, http.StatusBadRequest)
		return
	}
	if q.Limit == 0 {
		q.Limit = 10
	}
	rb, err := s.board(r, q, f)
	if err != nil {
		s.log.Error("office page", "err", err)
		http.Error(w, "the board cannot be read now; see the server log", http.StatusInternalServerError)
		return
	}
	b := rb.board
	t := pageWords[lang]
	scope := t.AllScenarios
	if f.Scenario != "" {
		scope = s.scenarioTitle(r, f.Scenario, lang)
	}
	if f.TeamID != 0 && len(b.Teams) == 1 {
		scope = b.Teams[0].Team + " · " + scope
	}
	data := pageData{Lang: lang, T: t, Board: b, Scope: scope, PeriodName: t.Periods[q.Period],
		Updated: s.cfg.Now().Format("15:04"), Refresh: int(s.cfg.Refresh.Seconds())}
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, data); err != nil {
		s.log.Error("office page", "err", err)
		http.Error(w, "the page could not be drawn", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", lang)
	w.Header().Set("Vary", "Accept-Language")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

// PickLang returns "nl" or "en", whichever an Accept-Language header
// prefers (by q-value, then order); "en" when it names neither.
func PickLang(header string) string {
	type choice struct {
		lang  string
		q     float64
		order int
	}
	var cs []choice
	for i, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		if base != "nl" && base != "en" {
			continue
		}
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q = f
		}
		if q > 0 {
			cs = append(cs, choice{base, q, i})
		}
	}
	if len(cs) == 0 {
		return "en"
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].q > cs[j].q })
	return cs[0].lang
}

// scenarioTitle is a scenario's title in lang from the pack it is in
// (the server's own or a team pack), or its id when no pack titles it.
func (s *Server) scenarioTitle(r *http.Request, id, lang string) string {
	title, ok, err := s.packs.Title(r.Context(), id, lang)
	if err != nil {
		s.log.Error("office page: scenario title", "err", err)
	}
	if !ok || title == "" {
		return id
	}
	return title
}
