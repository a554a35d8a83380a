"""The parts of the year's cycle page: the units' registrations and the register of
initiatives, each a table with the form that adds to it."""
