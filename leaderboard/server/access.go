package server

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"
)

// reqInfo is what a handler tells the access log about its request.
type reqInfo struct {
	playerID int64
}

type reqInfoKey struct{}

// noteInfo returns the request's log notes (a throwaway when there are none).
func noteInfo(r *http.Request) *reqInfo {
	if ri, ok := r.Context().Value(reqInfoKey{}).(*reqInfo); ok {
		return ri
	}
	return &reqInfo{}
}

// statusWriter records the status a handler answered with.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// logged writes one access log line per request: time, remote address,
// method, path (without the query, which may hold a code), status,
// player id (0: none) and duration. It also sets the security headers.
func (s *Server) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.cfg.Now()
		ri := &reqInfo{}
		r = r.WithContext(context.WithValue(r.Context(), reqInfoKey{}, ri))
		sw := &statusWriter{ResponseWriter: w}
		securityHeaders(sw.Header())
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		s.metrics.request(sw.status)
		s.log.Info("request", "remote", s.clientAddr(r), "method", r.Method, "path", r.URL.Path,
			"status", sw.status, "player", ri.playerID, "duration_ms", float64(s.cfg.Now().Sub(start))/float64(time.Millisecond))
	})
}

// securityHeaders keeps the office page from being framed, sniffed or
// loading anything but itself.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// clientAddr is the address of the client that made r: the peer, or,
// when the peer is a trusted proxy, the last address in X-Forwarded-For
// that is not one of the trusted proxies.
func (s *Server) clientAddr(r *http.Request) string {
	peer := remoteIP(r.RemoteAddr)
	if !s.trusted(peer) {
		return peer.String()
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		ip, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break // a garbled hop: trust nothing before it
		}
		ip = ip.Unmap()
		if !s.trusted(ip) {
			return ip.String()
		}
		peer = ip
	}
	return peer.String()
}

// trusted reports whether ip is one of the configured proxies.
func (s *Server) trusted(ip netip.Addr) bool {
	for _, p := range s.cfg.TrustedProxies {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// remoteIP parses a RemoteAddr ("host:port"); an unparsable one is the
// invalid address, which no proxy range contains.
func remoteIP(addr string) netip.Addr {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	return ip.Unmap()
}
