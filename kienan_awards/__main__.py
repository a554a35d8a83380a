from kienan_awards.app import main

raise SystemExit(main())
