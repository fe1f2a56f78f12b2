package ollama

import (
	"net/http"
	"testing"

	"github.com/ollama/ollama/api"
)

// TestNotFoundWithoutBodyHasNoEmptyParentheses: a server that answers 404 with
// an empty body (a web server that is not Ollama) was described as
// `answered "not found" ()`.
func TestNotFoundWithoutBodyHasNoEmptyParentheses(t *testing.T) {
	tests := []struct {
		body, want string
	}{
		{"", `http://h:1 answered "not found"; is it an Ollama server?`},
		{"no route", `http://h:1 answered "not found" (no route); is it an Ollama server?`},
	}
	for _, tt := range tests {
		err := explain(api.StatusError{StatusCode: http.StatusNotFound, Status: "404 Not Found", ErrorMessage: tt.body}, "http://h:1", "m")
		if err.Error() != tt.want {
			t.Errorf("body %q: %q\nwant %q", tt.body, err.Error(), tt.want)
		}
	}
}
