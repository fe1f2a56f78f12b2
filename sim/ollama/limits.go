package ollama

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// maxBodyBytes caps every answer Ollama's client reads whole (version, show,
// tags, a judge's answer, an error): the client itself reads them without a
// limit, so an endless or huge body would otherwise fill memory. The largest
// real answer, /api/show with a long licence, is well under a megabyte.
const maxBodyBytes = 4 << 20

// errBodyTooLarge is how a capped body ends; explain words it.
var errBodyTooLarge = fmt.Errorf("the answer was larger than %d MB", maxBodyBytes>>20)

// limitedTransport caps response bodies for Ollama's client. A pull is exempt:
// its progress stream runs for as long as the download does, and a stall
// deadline (Config.PullStallTimeout) bounds it instead. Chat streams are capped
// too: a reply stops at MaxReplyRunes long before 4 MB.
type limitedTransport struct{ base http.RoundTripper }

// RoundTrip passes the request on and caps the body of the response.
func (t limitedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || strings.HasSuffix(req.URL.Path, "/api/pull") {
		return resp, err
	}
	resp.Body = &cappedBody{ReadCloser: resp.Body, left: maxBodyBytes}
	return resp, nil
}

// cappedBody returns errBodyTooLarge once more than its limit has been read.
type cappedBody struct {
	io.ReadCloser
	left int64
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errBodyTooLarge
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	if b.left <= 0 && err == nil {
		// Check for one more byte, so a body of exactly the limit still ends cleanly.
		var one [1]byte
		if m, _ := b.ReadCloser.Read(one[:]); m > 0 {
			return n, errBodyTooLarge
		}
		return n, io.EOF
	}
	return n, err
}

// isBodyTooLarge reports whether err is a capped body.
func isBodyTooLarge(err error) bool { return errors.Is(err, errBodyTooLarge) }
