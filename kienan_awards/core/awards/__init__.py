"""From proposals to decisions: the rules, the register, candidates and the catalogue."""
