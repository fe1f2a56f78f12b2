package history

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// PGStore is the Store kept on a team's PostgreSQL server. Every desktop of the
// team points at the same database; row-level security (see TeamSetupSQL)
// decides which sessions a login sees. The review queries run on the server,
// so a desktop never pulls the team's rows to summarise them.
type PGStore struct {
	pool *pgxpool.Pool
	// where names the server in error messages, without the password.
	where string
	opts  PGOptions
	// seesAll is true when the login reads every session (a lead, the owner or
	// a superuser); false when row-level security narrows it to its own.
	seesAll bool
}

var _ Store = (*PGStore)(nil)

// PGOptions tune OpenPostgres. The zero value is what the app uses.
type PGOptions struct {
	// MaxConns caps the pool; zero means 8, plenty for one desktop.
	MaxConns int32
	// WriteTimeout bounds each write; zero means 5 seconds.
	WriteTimeout time.Duration
	// ReadTimeout bounds each review query and read; zero means 30 seconds.
	ReadTimeout time.Duration
	// ConnectTimeout bounds opening the store; zero means 5 seconds.
	ConnectTimeout time.Duration
}

func (o PGOptions) withDefaults() PGOptions {
	if o.MaxConns == 0 {
		o.MaxConns = 8
	}
	if o.WriteTimeout == 0 {
		o.WriteTimeout = 5 * time.Second
	}
	if o.ReadTimeout == 0 {
		o.ReadTimeout = 30 * time.Second
	}
	if o.ConnectTimeout == 0 {
		o.ConnectTimeout = 5 * time.Second
	}
	return o
}

// IsStoreURL reports whether s names a team store (postgres:// or
// postgresql://) rather than a history file.
func IsStoreURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// RedactURL returns rawURL with any password removed, for messages and for
// preferences: a password belongs in PGPASSFILE or is asked for, never kept
// in plain settings.
func RedactURL(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "the team store"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// WithPassword returns rawURL with password set, for a password the user typed
// for this run only.
func WithPassword(rawURL, password string) (string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "", fmt.Errorf("team store URL: %w", err)
	}
	name := ""
	if u.User != nil {
		name = u.User.Username()
	}
	u.User = url.UserPassword(name, password)
	return u.String(), nil
}

// OpenPostgres connects to the team store at rawURL (postgres://…; libpq's
// environment such as PGPASSFILE and PGPASSWORD applies), checks the schema
// and applies missing migrations. Failures are *ServerError values wrapping
// ErrUnreachable, ErrAuth, ErrNoDatabase, ErrNewerSchema or ErrNotDatabase.
func OpenPostgres(ctx context.Context, rawURL string, o PGOptions) (*PGStore, error) {
	o = o.withDefaults()
	where := RedactURL(rawURL)
	cfg, err := pgxpool.ParseConfig(rawURL)
	if err != nil {
		return nil, &ServerError{Where: where, Kind: ErrBadURL, Cause: err}
	}
	cfg.MaxConns = o.MaxConns
	cfg.ConnConfig.ConnectTimeout = o.ConnectTimeout
	// A pooled connection unused for a while is checked before use, so a
	// server restart costs one failed ping, not a failed turn.
	cfg.HealthCheckPeriod = 15 * time.Second
	// Review queries and exports read thousands of rows at most: compiling
	// them with JIT costs more than it saves (80 ms of a 120 ms export when a
	// table without statistics inflates the plan's cost). A URL may still
	// turn it on with jit=on.
	if _, set := cfg.ConnConfig.RuntimeParams["jit"]; !set {
		cfg.ConnConfig.RuntimeParams["jit"] = "off"
	}
	ctx, cancel := context.WithTimeout(ctx, o.ConnectTimeout+o.WriteTimeout)
	defer cancel()
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, classifyPG(where, err)
	}
	s := &PGStore{pool: pool, where: where, opts: o}
	if err := s.prepare(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// prepare migrates the schema and learns whether this login sees every session.
func (s *PGStore) prepare(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return classifyPG(s.where, err)
	}
	ms, err := pgMigrations()
	if err != nil {
		return err
	}
	if err := migratePG(ctx, s.pool, s.where, ms); err != nil {
		return err
	}
	err = s.pool.QueryRow(ctx, `SELECT r.rolsuper OR r.rolbypassrls
		OR (SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'sessions' AND schemaname = current_schema())
		OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '`+LeadRole+`') AND pg_has_role('`+LeadRole+`', 'member'))
		FROM pg_roles r WHERE r.rolname = current_user`).Scan(&s.seesAll)
	return s.wrap("read this login's role", err)
}

// Where is the server and database the store talks to, without the password.
func (s *PGStore) Where() string { return s.where }

// Close implements Store.
func (s *PGStore) Close() error {
	s.pool.Close()
	return nil
}

// Ping checks that the server answers, within the connect timeout.
func (s *PGStore) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.opts.ConnectTimeout)
	defer cancel()
	return classifyPG(s.where, s.pool.Ping(ctx))
}

// writeCtx and readCtx put a deadline on every call, so a server that stops
// answering mid-query never hangs a session or the Review screen.
func (s *PGStore) writeCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.opts.WriteTimeout)
}

func (s *PGStore) readCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.opts.ReadTimeout)
}

// inTx runs fn in one transaction, retrying it when the server reports a
// deadlock or serialization failure (the transaction left no trace then).
func (s *PGStore) inTx(ctx context.Context, fn func(tx pgx.Tx) error) error {
	for attempt := 0; ; attempt++ {
		err := pgx.BeginFunc(ctx, s.pool, fn)
		if err == nil || attempt == 4 || !isRetryable(err) {
			return err
		}
	}
}

// wrap names what failed and where; connection-level failures become a
// *ServerError saying in one sentence what is wrong.
func (s *PGStore) wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	var se *ServerError
	if errors.As(err, &se) || errors.Is(err, ErrNotFound) {
		return err
	}
	if kind := pgKindOf(err); kind != nil {
		return &ServerError{Where: s.where, Kind: kind, Cause: err}
	}
	return fmt.Errorf("%s on %s: %w", what, s.where, err)
}

// missing is the error for a session id the store does not hold (or this
// login may not see).
func (s *PGStore) missing(id SessionID) error {
	return &ServerError{Where: s.where, Kind: ErrNotFound, Detail: fmt.Sprintf("session %d", id)}
}
