"""What operators and load balancers need: a request id on every request and log
line, health and readiness answers, and a 503 instead of a 500 while the
database is away."""
