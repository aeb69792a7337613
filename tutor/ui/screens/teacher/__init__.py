"""The teacher area's screens: login, classes, the class dashboard, the learner page,
reports and the volunteer laptop. They talk to the core only through
``Workspace.teacher`` (the TeacherArea protocol in tutor.teacher.api), always on
the database thread; the controller owns the teacher's session and the idle lock."""
