"""The parts of the year's cycle page: the units' registrations, the register of initiatives
and the emulation and commendation council (members, rules, meetings and counts), each a
table with the form that adds to it."""
