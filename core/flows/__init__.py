"""The conversation flows side by side: onboarding, workout, pain, safety, schedules and your data."""
