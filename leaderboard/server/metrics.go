package server

import (
	"fmt"
	"net/http"
	"sort"
	"sync"
	"time"
)

// metrics counts what an operator watches; GET /metrics shows them in
// the Prometheus text format. Safe for concurrent use.
type metrics struct {
	mu          sync.Mutex
	byStatus    map[int]uint64
	submissions uint64        // results stored
	boardReads  uint64        // board reads (API and office page)
	boardTime   time.Duration // their total time
	rescore     time.Duration // the start-up re-score
}

func newMetrics(rescore time.Duration) *metrics {
	return &metrics{byStatus: map[int]uint64{}, rescore: rescore}
}

func (m *metrics) request(status int) {
	m.mu.Lock()
	m.byStatus[status]++
	m.mu.Unlock()
}

func (m *metrics) submitted() {
	m.mu.Lock()
	m.submissions++
	m.mu.Unlock()
}

func (m *metrics) boardRead(d time.Duration) {
	m.mu.Lock()
	m.boardReads++
	m.boardTime += d
	m.mu.Unlock()
}

// handleMetrics writes the counters in the Prometheus text format.
func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	m := s.metrics
	m.mu.Lock()
	codes := make([]int, 0, len(m.byStatus))
	for c := range m.byStatus {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	fmt.Fprintln(w, "# HELP kalm_http_requests_total HTTP requests answered, by status code.")
	fmt.Fprintln(w, "# TYPE kalm_http_requests_total counter")
	for _, c := range codes {
		fmt.Fprintf(w, "kalm_http_requests_total{code=\"%d\"} %d\n", c, m.byStatus[c])
	}
	fmt.Fprintln(w, "# HELP kalm_submissions_total Results stored.")
	fmt.Fprintln(w, "# TYPE kalm_submissions_total counter")
	fmt.Fprintf(w, "kalm_submissions_total %d\n", m.submissions)
	fmt.Fprintln(w, "# HELP kalm_board_read_seconds Time to read a board.")
	fmt.Fprintln(w, "# TYPE kalm_board_read_seconds summary")
	fmt.Fprintf(w, "kalm_board_read_seconds_sum %g\n", m.boardTime.Seconds())
	fmt.Fprintf(w, "kalm_board_read_seconds_count %d\n", m.boardReads)
	fmt.Fprintln(w, "# HELP kalm_rescore_seconds Time the start-up re-score of older results took.")
	fmt.Fprintln(w, "# TYPE kalm_rescore_seconds gauge")
	fmt.Fprintf(w, "kalm_rescore_seconds %g\n", m.rescore.Seconds())
	m.mu.Unlock()
}
