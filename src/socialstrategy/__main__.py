from socialstrategy.cli import main

main()
