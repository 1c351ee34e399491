"""Reminders, streaks and group accountability: schedules, the postman and weekly boards."""
