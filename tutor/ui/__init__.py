"""The Qt desktop app. Depends on the core; the core never depends on it."""
