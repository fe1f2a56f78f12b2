// Package widgets holds the small custom widgets Turnaround's screens share: the
// message entry that sends on Enter, chat bubbles and the customer's mood meter.
// They hold view state only; what the values mean is decided in sim and scoring.
package widgets
