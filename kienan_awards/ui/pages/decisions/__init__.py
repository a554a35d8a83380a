"""The parts of the Decisions & awards page (ui/pages/decisions_page.py puts them together):
the proposals with their lines, the review of a line and the decision, the decisions made
with their pack and certificates, and the register."""
