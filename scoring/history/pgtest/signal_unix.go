//go:build unix

package pgtest

import (
	"errors"
	"syscall"
)

// processExists asks the kernel with signal 0; a process of another user
// answers EPERM, and exists.
func processExists(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
