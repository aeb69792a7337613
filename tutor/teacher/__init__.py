"""The teacher area: accounts, classes, assignments, the class dashboard, reports, volunteer carrier (Qt-free)."""
