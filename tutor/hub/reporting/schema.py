"""The reporting tables, written once in SQL both SQLite and PostgreSQL take.

Each back-end appends :data:`REPORTING_SCHEMA` as its next migration, followed by
:func:`tutor.hub.reporting.store.recount` so a hub that already holds events starts with
correct counters.
"""

REPORTING_SCHEMA = [
    # One row per learner of a site: the folded facts (tutor.hub.reporting.aggregate.LearnerFacts).
    """CREATE TABLE report_learners (
        site_id TEXT NOT NULL, learner_id TEXT NOT NULL, learner_group TEXT NOT NULL, facts TEXT NOT NULL,
        PRIMARY KEY (site_id, learner_id))""",
    # The counters: per site, learner group, period (YYYY-MM, or YYYY-MM-DD for "active") and metric.
    """CREATE TABLE report_counts (
        site_id TEXT NOT NULL, learner_group TEXT NOT NULL, period TEXT NOT NULL, metric TEXT NOT NULL,
        n BIGINT NOT NULL, PRIMARY KEY (site_id, learner_group, period, metric))""",
    "CREATE INDEX report_counts_metric ON report_counts(metric, period)",
    "CREATE INDEX report_counts_period ON report_counts(period)",
    # Rollups of report_counts kept beside it (metric 'active' excluded): all-time totals per site
    # and group, and the whole hub per month, so a province page never sums every month of every site.
    """CREATE TABLE report_totals (
        site_id TEXT NOT NULL, learner_group TEXT NOT NULL, metric TEXT NOT NULL, n BIGINT NOT NULL,
        PRIMARY KEY (site_id, learner_group, metric))""",
    """CREATE TABLE report_months (
        period TEXT NOT NULL, metric TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (period, metric))""",
    # The certificate events by issue time, so a quarter's list never scans the event log.
    """CREATE TABLE report_certificates (
        event_id TEXT PRIMARY KEY, site_id TEXT NOT NULL, issued_at TEXT NOT NULL)""",
    "CREATE INDEX report_certificates_time ON report_certificates(issued_at)",
    # Each site's target population per group, from the commune's own figures.
    """CREATE TABLE report_populations (
        site_id TEXT NOT NULL, learner_group TEXT NOT NULL, population BIGINT NOT NULL,
        updated_at TEXT NOT NULL, PRIMARY KEY (site_id, learner_group))""",
    # The province's goals per group ('all' for everyone): per cent trained, per cent of those
    # trained who are proficient, and by when.
    """CREATE TABLE report_goals (
        learner_group TEXT PRIMARY KEY, trained_pct REAL NOT NULL, proficient_pct REAL NOT NULL,
        due_on TEXT NOT NULL, updated_at TEXT NOT NULL)""",
]
