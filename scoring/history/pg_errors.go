package history

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"
)

// Sentinel errors of the team store, beside the file ones in errors.go.
var (
	ErrUnreachable = errors.New("team store server cannot be reached")
	ErrAuth        = errors.New("team store refused the login")
	ErrNoDatabase  = errors.New("team store database does not exist")
	ErrBadURL      = errors.New("team store URL is not valid")
	ErrPermission  = errors.New("team store login may not do that")
)

// ServerError is a failure of the team store. Its message is one sentence that
// names the server (never the password) and says what the user can do.
type ServerError struct {
	// Where is the redacted URL.
	Where string
	// Kind is one of the sentinel errors.
	Kind   error
	Detail string
	Cause  error
}

// Error implements error.
func (e *ServerError) Error() string {
	switch e.Kind {
	case ErrUnreachable:
		return fmt.Sprintf("team store %s cannot be reached (%s); check the address and that the server is running", e.Where, shortCause(e.Cause))
	case ErrAuth:
		return fmt.Sprintf("team store %s refused the login; check the user name and the password (or PGPASSFILE)", e.Where)
	case ErrNoDatabase:
		return fmt.Sprintf("team store %s has no such database; create it or correct the URL", e.Where)
	case ErrBadURL:
		return fmt.Sprintf("team store URL %s is not valid: %s", e.Where, shortCause(e.Cause))
	case ErrNewerSchema:
		return fmt.Sprintf("team store %s was set up by a newer Turnaround (%s); update Turnaround to use it", e.Where, e.Detail)
	case ErrNotDatabase:
		return fmt.Sprintf("team store %s holds another program's tables (%s); point Turnaround at an empty database", e.Where, e.Detail)
	case ErrNotFound:
		return fmt.Sprintf("team store %s has no %s", e.Where, e.Detail)
	case ErrPermission:
		return fmt.Sprintf("team store %s: this login may not do that (%s); ask the team lead", e.Where, shortCause(e.Cause))
	}
	return fmt.Sprintf("team store %s: %v", e.Where, e.Cause)
}

// Unwrap lets errors.Is match both the sentinel and the driver error.
func (e *ServerError) Unwrap() []error { return []error{e.Kind, e.Cause} }

func shortCause(err error) string {
	if err == nil {
		return "no detail"
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Message
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return "no such host " + dns.Name
	}
	var ne *net.OpError
	if errors.As(err, &ne) && ne.Err != nil {
		return ne.Err.Error()
	}
	if errors.Is(err, context.DeadlineExceeded) || pgconn.Timeout(err) {
		return "no answer in time"
	}
	// Driver messages can span lines; the last line is the cause.
	msg := strings.TrimSpace(err.Error())
	if i := strings.LastIndex(msg, "\n"); i >= 0 {
		msg = strings.TrimSpace(msg[i+1:])
	}
	return msg
}

// classifyPG turns a driver error into a *ServerError when it says what is
// wrong with the connection; other errors come back as they are.
func classifyPG(where string, err error) error {
	if err == nil {
		return nil
	}
	var se *ServerError
	if errors.As(err, &se) {
		return err
	}
	if kind := pgKindOf(err); kind != nil {
		return &ServerError{Where: where, Kind: kind, Cause: err}
	}
	return &ServerError{Where: where, Cause: err}
}

// pgKindOf maps SQLSTATE codes and network failures to sentinels.
func pgKindOf(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "28P01", "28000":
			return ErrAuth
		case "3D000":
			return ErrNoDatabase
		case "42501":
			return ErrPermission
		case "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004":
			return ErrUnreachable
		}
		return nil
	}
	if IsUnavailable(err) {
		return ErrUnreachable
	}
	return nil
}

// IsUnavailable reports whether err means the server could not be talked to
// at all (down, restarting, unreachable, not answering in time), as opposed
// to a refusal: the failover store queues turns locally only then.
func IsUnavailable(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ErrUnreachable) {
		return true
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code[:2] {
		case "08", "57":
			return true
		}
		return false
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	return errors.As(err, &ce) || errors.As(err, &ne) || pgconn.Timeout(err) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, net.ErrClosed)
}

// isRetryable reports deadlocks and serialization failures, which leave no
// trace and succeed when tried again.
func isRetryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

func isPGForeignKey(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23503"
}
