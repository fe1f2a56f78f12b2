package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/turnaround-app/turnaround/scoring/history"
)

// storeFlagHelp is the --store flag's help, the same on every command.
const storeFlagHelp = "team store URL (postgres://user@host/db); the password comes from PGPASSFILE or ~/.pgpass"

// checkStoreFlags rejects --db and --store together and a --store that is not
// a postgres:// URL.
func checkStoreFlags(db, store string) error {
	switch {
	case db != "" && store != "":
		return errors.New("use --db or --store, not both")
	case store != "" && !history.IsStoreURL(store):
		return fmt.Errorf("--store %q is not a postgres:// URL", history.RedactURL(store))
	}
	return nil
}

// openReadStore opens the history a reading command uses: the team store when
// --store is given, else the history file (which must exist).
func openReadStore(db, store string) (history.Store, error) {
	if store != "" {
		return history.OpenPostgres(context.Background(), store, history.PGOptions{})
	}
	path, err := historyPath(db)
	if err != nil {
		return nil, err
	}
	s, err := openForReading(path)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// openTeamRecorderStore opens the store a played session is recorded in when a
// team store is named: the team store while it answers, the desktop's history
// and the queue file while it does not. The returned note, when not empty,
// says why the session is being kept locally for now.
func openTeamRecorderStore(url string) (history.Store, string, error) {
	path, err := history.DefaultPath()
	if err != nil {
		return nil, "", err
	}
	local, err := history.Open(path)
	if err != nil {
		return nil, "", err
	}
	qpath, err := history.DefaultQueuePath(url)
	if err != nil {
		local.Close()
		return nil, "", err
	}
	queue, err := history.OpenQueue(qpath)
	if err != nil {
		local.Close()
		return nil, "", err
	}
	f, err := history.OpenFailover(context.Background(), url, history.PGOptions{}, local, queue)
	if err != nil {
		return f, fmt.Sprintf("%v; recording in %s and sending it when the team store is back", err, path), nil
	}
	return f, "", nil
}
