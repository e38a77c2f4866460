from wz_desktop.cli import main

raise SystemExit(main())
