package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// input is one line the trainee typed: a reply (text, an action, or both) or a
// command ("help", "card", "quit", "empty").
type input struct {
	command string
	text    string
	action  *scoring.Action
}

// metaCommands are the slash commands that are not actions.
var metaCommands = []string{"help", "card", "quit"}

// parseInput reads a line. Text is a reply; "/KIND [AMOUNT [CUR]] [text]" takes an
// action from scenarios.ActionKinds (money kinds need an amount); /help, /card and
// /quit are commands. The error says what was wrong and how to write it.
func parseInput(line string) (input, error) {
	line = strings.TrimSpace(line)
	if line == "" {
		return input{command: "empty"}, nil
	}
	if !strings.HasPrefix(line, "/") {
		return input{text: line}, nil
	}
	fields := strings.Fields(line[1:])
	if len(fields) == 0 {
		return input{}, fmt.Errorf("a lone / is not a command; type /help for the list")
	}
	name := strings.ToLower(fields[0])
	if slices.Contains(metaCommands, name) {
		return input{command: name}, nil
	}
	if !slices.Contains(scenarios.ActionKinds, name) {
		return input{}, fmt.Errorf("unknown command /%s; type /help for the list", fields[0])
	}
	return parseAction(name, fields[1:])
}

// parseAction reads an action's amount, currency and accompanying words.
func parseAction(kind string, rest []string) (input, error) {
	a := &scoring.Action{Kind: kind}
	if !slices.Contains(scenarios.MoneyActions, kind) {
		return input{action: a, text: strings.Join(rest, " ")}, nil
	}
	if len(rest) == 0 {
		return input{}, fmt.Errorf("/%s needs an amount, for example /%s 25", kind, kind)
	}
	amount, err := parseAmount(kind, rest[0])
	if err != nil {
		return input{}, err
	}
	a.Amount, rest = amount, rest[1:]
	if len(rest) > 0 && isCurrencyCode(rest[0]) {
		a.Currency, rest = strings.ToUpper(rest[0]), rest[1:]
	}
	return input{action: a, text: strings.Join(rest, " ")}, nil
}

// parseAmount accepts money as the authority card counts it
// (scenarios.AmountProblem), with an optional leading currency sign.
func parseAmount(kind, s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimLeft(s, "$€£"), 64)
	switch {
	case err != nil || math.IsNaN(v) || math.IsInf(v, 0):
		return 0, fmt.Errorf("/%s %s: the amount must be a number, for example /%s 25", kind, s, kind)
	case v <= 0:
		return 0, fmt.Errorf("/%s %s: the amount must be above 0", kind, s)
	case scenarios.AmountProblem(v) != "":
		return 0, fmt.Errorf("/%s %s: %s", kind, s, scenarios.AmountProblem(v))
	}
	return v, nil
}

// isCurrencyCode: three letters such as USD or eur.
func isCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return false
		}
	}
	return slices.Contains(knownCurrencies, strings.ToUpper(s))
}

// knownCurrencies keeps "/refund 25 the fee" from reading "the" as a currency.
var knownCurrencies = []string{"USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "SEK", "NOK", "DKK", "PLN", "NZD", "INR", "BRL", "MXN"}

// inputLine is one line from stdin; dropped counts bytes beyond the cap that were skipped.
type inputLine struct {
	text    string
	dropped int
}

// readLines reads stdin line by line on its own goroutine, so Ctrl-C can end a
// session that waits for input. Lines longer than limit keep their first limit
// bytes; invalid UTF-8 is replaced. The channel closes at end of input.
// The reader stops handing lines over once ctx is done.
func readLines(ctx context.Context, r io.Reader, limit int) <-chan inputLine {
	lines := make(chan inputLine)
	go func() {
		defer close(lines)
		br := bufio.NewReaderSize(r, 4096)
		for {
			l, err := readLine(br, limit)
			if err != nil && l.text == "" && l.dropped == 0 {
				return
			}
			select {
			case lines <- l:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return lines
}

// readLine reads up to the next newline, keeping at most limit bytes.
func readLine(br *bufio.Reader, limit int) (inputLine, error) {
	var buf []byte
	dropped := 0
	for {
		chunk, isPrefix, err := br.ReadLine()
		if keep := min(len(chunk), limit-len(buf)); keep > 0 {
			buf = append(buf, chunk[:keep]...)
			dropped += len(chunk) - keep
		} else {
			dropped += len(chunk)
		}
		if err != nil || !isPrefix {
			return inputLine{text: strings.ToValidUTF8(string(buf), "\uFFFD"), dropped: dropped}, err
		}
	}
}
