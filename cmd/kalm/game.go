package main

import "fmt"

// runGame opens the game. Until the game lands it prints the usage.
func runGame(e env) int {
	usage(e.stdout)
	fmt.Fprintln(e.stdout, "\nThe game window is not built yet; the commands above work.")
	return exitOK
}
