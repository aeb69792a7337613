"""Local language models: GGUF registry, prompt formats and a crash-isolated worker.

Import from the submodules (engine, registry, gguf, templates); this package
imports nothing heavy so the app process never loads llama_cpp.
"""
