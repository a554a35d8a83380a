"""A member's score sheet (phiếu chấm điểm): its layout, written out with the figures the
program knows, and a filled one (this program's or another office's) read back and entered."""
