"""The bundled program's entry point: the same main() as `kienan-awards`."""

from kienan_awards.app import main

raise SystemExit(main())
