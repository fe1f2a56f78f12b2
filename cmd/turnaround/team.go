package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/turnaround-app/turnaround/scoring/history"
)

const teamUsage = `usage: turnaround team init URL [--apply] [--schema NAME]

Prints the SQL that sets up a team store: the roles turnaround_trainee and
turnaround_lead, their grants, and row-level security (a trainee's login
inserts and reads only its own sessions; a lead's login reads everyone's and
manages assignments). With --apply it creates the tables and runs that SQL on
the server, as the login in URL (the owner of the database).

flags:`

// runTeam sets up a team store.
func runTeam(e env, args []string) int {
	fs := flag.NewFlagSet("team", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, teamUsage)
		fs.PrintDefaults()
	}
	apply := fs.Bool("apply", false, "create the tables and run the set-up on the server")
	schema := fs.String("schema", "public", "schema the tables live in (for the printed SQL)")
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(rest) != 2 || rest[0] != "init" || !history.IsStoreURL(rest[1]) {
		fmt.Fprintln(e.stderr, "turnaround team: name the team store: turnaround team init postgres://user@host/db.")
		fs.Usage()
		return exitUsage
	}
	if !*apply {
		fmt.Fprint(e.stdout, history.TeamSetupSQL(*schema))
		fmt.Fprint(e.stdout, teamLoginExample)
		return exitOK
	}
	s, err := history.OpenPostgres(context.Background(), rest[1], history.PGOptions{})
	if err == nil {
		err = s.ApplyTeamSetup(context.Background())
		s.Close()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "turnaround team init: %s.\n", strings.TrimSuffix(err.Error(), "."))
		return exitInvalid
	}
	fmt.Fprintf(e.stdout, "Team store %s is set up: roles %s and %s, row-level security on.\n",
		s.Where(), history.TraineeRole, history.LeadRole)
	fmt.Fprint(e.stdout, teamLoginExample)
	return exitOK
}

// teamLoginExample shows how a lead gives each person a login.
const teamLoginExample = `
-- Give each person a login in one of the two roles, for example:
--   CREATE ROLE ana LOGIN PASSWORD '...' IN ROLE ` + history.TraineeRole + `;
--   CREATE ROLE lee LOGIN PASSWORD '...' IN ROLE ` + history.LeadRole + `;
`
