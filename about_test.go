package turnaround

import "testing"

func TestAppInfoReadsFyneAppTOML(t *testing.T) {
	a, err := AppInfo()
	if err != nil {
		t.Fatal(err)
	}
	if a.Details.ID != "app.turnaround.desktop" || a.Details.Name != "Turnaround" || a.Details.Version == "" {
		t.Errorf("AppInfo() = %+v; want Turnaround, app.turnaround.desktop and a version", a.Details)
	}
	if got, want := a.VersionText(), a.Details.Version+" (build "; got[:len(want)] != want {
		t.Errorf("VersionText() = %q, want it to start %q", got, want)
	}
}
