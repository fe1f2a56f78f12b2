package main

import (
	"cmp"
	"os"
	"os/user"
	"strings"
)

// traineeOrDefault is the name sessions are stored under: the --trainee flag,
// else the operating system's user name, so a session played in a terminal
// belongs to someone and a shared history keeps people apart.
func traineeOrDefault(flagValue string) string {
	if name := strings.TrimSpace(flagValue); name != "" {
		return name
	}
	return osUserName()
}

// osUserName is the logged-in user's name without a Windows domain, or "" when
// the system cannot say.
func osUserName() string {
	name := ""
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	name = cmp.Or(name, os.Getenv("USER"), os.Getenv("USERNAME"))
	if i := strings.LastIndexByte(name, '\\'); i >= 0 {
		name = name[i+1:]
	}
	return name
}
