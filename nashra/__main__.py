from nashra.cli import main

main()
