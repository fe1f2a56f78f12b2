package scenarios

import "testing"

func TestCommentStart(t *testing.T) {
	for _, tc := range []struct {
		line string
		want int
	}{
		{"name: Ana # the customer", 10},
		{"name: Ana\t# after a tab", 10},
		{"# a whole-line comment", 0},
		{"url: http://example.com/#frag", 29},
		{`say: "we're #1 # not a comment inside quotes" # but this is`, 46},
		{"say: 'it''s # inside' # after", 22},
		{"no comment at all", 17},
		{"", 0},
	} {
		if got := CommentStart(tc.line); got != tc.want {
			t.Errorf("CommentStart(%q) = %d, want %d", tc.line, got, tc.want)
		}
	}
}
