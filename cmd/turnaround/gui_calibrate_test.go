package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/turnaround-app/turnaround/scoring/calibrate"
)

// TestDesktopCalibrationIsTheCommands checks that what Review's Calibrate…
// shows is what turnaround calibrate prints for the same file.
func TestDesktopCalibrationIsTheCommands(t *testing.T) {
	file := filepath.Join(calibrateDir, "example.csv")
	res, err := calibrateLabels(file)
	if err != nil {
		t.Fatal(err)
	}
	var desktop strings.Builder
	if err := calibrate.WriteText(&desktop, file, res); err != nil {
		t.Fatal(err)
	}
	_, stdout, _ := run(t, "calibrate", file)
	if desktop.String() != stdout || !strings.Contains(stdout, "empathy             25   0.79   0.69") {
		t.Errorf("the desktop's calibration differs from the command's:\n%s\ncommand:\n%s", desktop.String(), stdout)
	}
}
