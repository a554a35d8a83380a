"""The entry point of both bundled programs, kienan-awards (the window, no console on
Windows) and kienan-awards-cli (the command line): the same main() as `kienan-awards`."""

from kienan_awards.app import main

raise SystemExit(main())
