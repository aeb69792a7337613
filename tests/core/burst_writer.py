"""Child process for the durability test: create profiles and acknowledge each.

A line "ACK <id>" is printed only after the commit returned, as the UI shows
"saved" only after the database thread reports success.
"""

import sys

from tutor.workspace import Workspace

if __name__ == "__main__":
    ws = Workspace.open(sys.argv[1], bundled_pack=None, backup=False)
    print("READY", flush=True)
    for i in range(100_000):
        learner, _ = ws.learners.create(f"Người học {i} 🌾", "rice")
        sys.stdout.write(f"ACK {learner.learner_id}\n")
        sys.stdout.flush()
