"""Child process for the progress durability test: answer questions in a burst.

"ACK <seq>" is printed only after ProgressService.answer() returned, as the UI
shows the feedback only after the database thread reports the commit.
"""

import sys
from itertools import cycle
from pathlib import Path

from tests.progress.helpers import open_workspace, progress_for, right_response, wrong_response

if __name__ == "__main__":
    data, learner_id = Path(sys.argv[1]), sys.argv[2]
    ws = open_workspace(data)
    progress = progress_for(ws)
    questions = [
        (lesson.id, question)
        for summary in ws.content.lessons(level=1)
        for lesson in [ws.content.lesson(summary.lesson_id)]
        for question in lesson.quiz
    ]
    print("READY", flush=True)
    for i, (lesson_id, question) in enumerate(cycle(questions)):
        response = right_response(question) if i % 3 else wrong_response(question)
        result = progress.answer(learner_id, lesson_id, question.id, response, "review" if i % 7 == 6 else "quiz")
        sys.stdout.write(f"ACK {result.attempt_seq}\n")
        sys.stdout.flush()
