"""The cycle retrospective wizard: scope, score, reflect, calibrate, carry over, summary."""
