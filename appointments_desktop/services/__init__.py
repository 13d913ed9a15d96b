"""Every write of the program, each in one transaction. No Qt."""
