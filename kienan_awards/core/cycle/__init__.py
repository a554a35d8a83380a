"""The year's cycle around the proposals: the units' registrations at the year's start and
the register of initiatives recognised through the year."""
