package charts

import (
	"image"
	"image/color"
	"testing"
	"time"
)

var testStyle = Style{Background: color.White, Foreground: color.Black, Grid: color.Gray{Y: 200},
	Palette: []color.Color{color.RGBA{R: 200, A: 255}, color.RGBA{B: 200, A: 255}}}

func TestLinesRendersAtTheAskedSize(t *testing.T) {
	at := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	img, err := Lines("Dimensions", []Series{{Name: "Empathy", At: []time.Time{at, at.AddDate(0, 0, 1)}, Y: []float64{40, 70}}},
		testStyle, 640, 240)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 640 || b.Dy() != 240 {
		t.Errorf("image is %dx%d, want 640x240", b.Dx(), b.Dy())
	}
	if !hasColor(img, testStyle.Palette[0]) {
		t.Error("the series colour does not appear in the chart")
	}
}

func TestBarsDrawsEveryGroup(t *testing.T) {
	img, err := Bars("First vs best", []string{"a", "b"},
		[]Group{{Name: "First", Values: []float64{40, 50}}, {Name: "Best", Values: []float64{70, 90}}}, 100, testStyle, 480, 240)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range testStyle.Palette {
		if !hasColor(img, c) {
			t.Errorf("group %d's colour does not appear", i)
		}
	}
}

// hasColor reports whether any pixel of img is want (alpha ignored: plots blend).
func hasColor(img image.Image, want color.Color) bool {
	wr, wg, wb, _ := want.RGBA()
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r == wr && g == wg && bl == wb {
				return true
			}
		}
	}
	return false
}
