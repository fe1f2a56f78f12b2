// Package scenarios reads, checks and ships Turnaround's scenario files.
//
// A scenario is one YAML file a trainer writes by hand (see FORMAT.md): the failure,
// the customer, the trainee's authority card, the fair remedy range, and the
// customer's scripted lines. Parse and Lint report every problem with its file,
// line and column; the built-in library is embedded in the binary.
package scenarios
