# Release packaging (issue 8), included from the Makefile.
#   make package        - release venv, llama.cpp built for old CPUs, the one-folder
#                         PyInstaller bundle in dist/tutor, then dist/*.deb
#   make package-smoke  - tests/installers against dist/tutor (self-test, first frame,
#                         frozen model worker, portable mode, CPU variants)
#   make package-sizes  - the size table of dist/tutor and dist/*.deb (installers/README.md)
#   make package-portable - dist/GiaSuBinhDanHocAI-Portable-*.zip, the USB-stick variant
#   make package-windows-check - tutor.iss compiled, installed, upgraded, uninstalled under Wine
#   make release-check  - fails unless the bundle would ship only publisher keys and a bundled
#                         pack they verify (the spec runs the same check and refuses to build)
#
# A release bundle needs tutor/lessons/trusted_keys/publisher.pub and a publisher-signed
# tutor/data/curriculum.bdpack (keys/README.md). TUTOR_DEV_BUNDLE=1 builds a development
# bundle instead, which trusts the public development key: for tests and CI only.
#
# The bundle is built from its own venv, .venv-release, never from .venv: the
# developer venv's llama-cpp-python is compiled for the build machine's CPU (AVX-512
# here), which would crash on a commune PC with "illegal instruction".
RELEASE_VENV := .venv-release
RELEASE_PY := $(RELEASE_VENV)/bin/python
RELEASE_PIP := $(RELEASE_PY) -m pip
RELEASE_STAMP := $(RELEASE_VENV)/.installed-app
PYINSTALLER_VERSION := 6.22.3
LLAMA_VERSION := $(shell sed -n 's/.*"llama-cpp-python==\([^"]*\)".*/\1/p' pyproject.toml)
# Named by version: a new pin in pyproject.toml rebuilds it, other edits there do not.
LLAMA_COMPAT_STAMP := $(RELEASE_VENV)/.installed-llama-compat-$(LLAMA_VERSION)
# GGML_NATIVE=OFF: no -march=native. GGML_BACKEND_DL + GGML_CPU_ALL_VARIANTS: one
# libggml-cpu-<variant>.so per x86-64 level (plain SSE2 up to AVX-512), and ggml loads the
# best one the PC can run when the model worker starts.
LLAMA_COMPAT_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON
BUNDLE := dist/tutor
DEB_COMPRESSION ?= xz

.PHONY: release-check package package-bundle package-deb package-smoke package-sizes package-portable package-clean \
	package-windows-check

$(RELEASE_PY):
	$(PYTHON) -m venv $(RELEASE_VENV)
	$(RELEASE_PIP) install --upgrade --quiet pip

# --no-cache-dir: pip caches wheels it builds from source, and the cache already holds
# the developer venv's native build of the same version, which pip would reuse.
$(LLAMA_COMPAT_STAMP): | $(RELEASE_PY)
	test -n "$(LLAMA_VERSION)"
	CMAKE_ARGS="$(LLAMA_COMPAT_CMAKE_ARGS)" FORCE_CMAKE=1 \
		$(RELEASE_PIP) install --quiet --force-reinstall --no-cache-dir \
		--no-binary llama-cpp-python "llama-cpp-python==$(LLAMA_VERSION)"
	touch $@

# The app non-editable with its dependencies (llama-cpp-python is already satisfied by
# the build above), plus PyInstaller.
$(RELEASE_STAMP): $(LLAMA_COMPAT_STAMP) pyproject.toml
	$(RELEASE_PIP) install --quiet . 'pyinstaller==$(PYINSTALLER_VERSION)'
	touch $@

release-check:
	$(PY) -m tutor.lessons.release

package-bundle: $(RELEASE_STAMP) translations pack
	$(RELEASE_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installers/tutor.spec

# The .deb alone, from an existing bundle (xz takes a few minutes for ~500 MB).
package-deb:
	$(PYTHON) installers/linux/build_deb.py --bundle $(BUNDLE) --out dist --compression $(DEB_COMPRESSION)

package: package-bundle
	$(MAKE) package-deb
	$(RELEASE_PY) installers/size_report.py $(BUNDLE) --deb dist

package-smoke: install-dev
	TUTOR_REQUIRE_BUNDLE=1 TUTOR_BUNDLE=$(BUNDLE) QT_QPA_PLATFORM=offscreen \
		$(PY) -m pytest -q -p no:cacheprovider tests/installers

# Adds the xz size of every part and the Setup.exe estimate: several minutes.
package-sizes: $(RELEASE_STAMP)
	$(RELEASE_PY) installers/size_report.py $(BUNDLE) --compressed --deb dist

# The Inno Setup script compiled and its Setup.exe installed, upgraded and uninstalled under
# Wine (installers/windows/check_under_wine.py says what stands in for what).
package-windows-check:
	$(PYTHON) installers/windows/check_under_wine.py

package-portable:
	$(PYTHON) installers/make_portable_zip.py --bundle $(BUNDLE) --out dist

package-clean:
	rm -rf build/pyinstaller $(BUNDLE) dist/*.deb dist/*.zip
