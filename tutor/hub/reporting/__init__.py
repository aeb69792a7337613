"""Reporting for the movement (issue 18): per site, learner group and month, the counts a
commune chairman or a provincial office reports against, maintained as events arrive.

- :mod:`.aggregate`: pure folding of events into per-learner facts and counter deltas.
- :mod:`.schema`: the tables, written once in portable SQL with ``?`` placeholders.
- :mod:`.store`: ingest (the hook in each back-end's batch path), recount, targets, reads.
- :mod:`.figures`: what a dashboard or a report shows, for one quarter, from the counters.
- :mod:`.tables`: the report's tables and charts, once for the page, the PDF and the XLSX.
- :mod:`.charts`, :mod:`.pdf`, :mod:`.xlsx`, :mod:`.report`: SVG charts and the report files.
- :mod:`.web`, :mod:`.cli`: the dashboard's /bao-cao pages; `tutor-hub targets` and `report`.
"""
