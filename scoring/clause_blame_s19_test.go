package scoring

import "testing"

// A result that puts the thing outside what is paid for, or puts the cost on
// the customer, refuses a remedy as "we can't refund it" does: "so they fall
// outside what we can refund", "so the exchange would be at your cost".
// After our own slip, or said as an offer, it blames no one.
func TestResultOutsideCoverOrAtTheirCost(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The size was picked from the drop-down before payment, so the exchange would be at your cost.", has: blame},
		{text: "You returned it after the deadline, so the postage is at your own expense.", has: blame},
		{text: "The transactions went through before you rang us, so they fall outside what we can refund.", has: blame},
		{text: "Our picker sent the wrong size, so the exchange is at our cost.", hasNot: blame},
		{text: "If you'd like a different colour, the exchange would be at your cost.", hasNot: blame},
	})
}

// A thing reported lost or stolen, with no one named, was reported by its
// owner: told beside a refusal, the late report is held against them.
func TestReportedLostIsTheOwnersAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The card was only reported lost a week after the payments, so we can't refund them.", has: blame},
		{text: "The phone was reported stolen two days later, so the claim isn't something we can cover.", has: blame},
		{text: "The card was reported lost this morning, so I've cancelled it and ordered a new one.", hasNot: blame},
		{text: "The card was reported lost, so we can't refund the payments.", has: blame},
	})
}

// Upkeep not had, with the upkeep as a noun, is upkeep undone: "because the
// boiler hadn't had its annual service" gives the owner's neglect as the
// reason, as "because it hadn't been serviced" does. Had, it clears them.
func TestUpkeepNotHadIsUpkeepUndone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Because the boiler hadn't had the annual service that the policy requires, the breakdown claim can't be paid out.", has: blame},
		{text: "Because the car hadn't had an MOT since 2021, the claim was declined.", has: blame},
		{text: "Because the boiler had its annual service last month, the claim has been approved.", hasNot: blame},
	})
}

// A notice printed where the customer saw it, with a charge standing as its
// result, holds the charge against them; printed while we help, it does not.
func TestPrintedNoticeBesideAStandingCharge(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The checkout time is printed on the key card wallet and in the welcome email, so the late checkout fee does stand.", has: blame},
		{text: "The return window is printed on your receipt, so the restocking fee applies.", has: blame},
		{text: "The checkout time is printed on the key card wallet, so I've waived the late fee as it was hard to spot.", hasNot: blame},
		{text: "The new times are printed on the confirmation, so you'll have them to hand.", hasNot: blame},
	})
}
