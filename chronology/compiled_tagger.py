"""The tagger compiled to C with mypyc, and the switch that runs it in place of the Python modules.

``scripts/setup-venv`` builds it into the virtual environment (``python -m chronology.compiled_tagger``)
when a C compiler is at hand. The same code then tags 25-30 % faster: the word-by-word tense reading and
the resolver gain most; the rules' regex matching is C already and gains little.

The Python modules stay the reference. They run wherever nothing was compiled, with
``CHRONOLOGY_PURE_PYTHON=1`` set, and whenever any module of ``chronology/temporal`` differs from the sources
the build was made from (a digest of them all is kept beside it), so that an edited module never runs stale.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

PACKAGE_DIR = Path(__file__).parent / "temporal"
BUILD_DIR = Path(sys.prefix) / "chronology-compiled"  # in the virtual environment: built for its Python
MANIFEST = "sources.json"
GROUP = "chronology_tagger"  # mypyc's shared library of all the modules, ``GROUP__mypyc``
# Not compiled: the package's door (it imports this module); the modules that only load and index the rules
# once per process; and the expression the tagger returns, which the build's cache pickles and its workers send
# back (mypyc's frozen dataclasses do not unpickle).
NOT_COMPILED = frozenset({"__init__", "prefixes", "ruleset", "expression"})
PURE_PYTHON_VARIABLE = "CHRONOLOGY_PURE_PYTHON"


def sources_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """A digest of every module of the package (compiled or not: the compiled ones rely on the others'
    types), of how it is built (this module) and of the Python it runs on."""
    digest = hashlib.sha256(sys.version.encode() + Path(__file__).read_bytes())
    for path in sorted(package_dir.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _built_from(build_dir: Path) -> str | None:
    """The digest of the sources the build in ``build_dir`` was made from; None where there is none."""
    try:
        return str(json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))["digest"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_compiled(package_path: list[str], build_dir: Path = BUILD_DIR, package_dir: Path = PACKAGE_DIR) -> str:
    """Put the compiled modules first on the package's ``__path__`` when they were built from these very
    sources; say which build the tagger runs (one line, for ``chronology evaluate``)."""
    if os.environ.get(PURE_PYTHON_VARIABLE):
        return f"pure Python ({PURE_PYTHON_VARIABLE} is set)"
    built = _built_from(build_dir)
    if built is None:
        return "pure Python (not compiled)"
    if built != sources_digest(package_dir):
        return "pure Python (the compiled build is older than the sources: run scripts/setup-venv)"
    shared = sorted(build_dir.glob(f"{GROUP}__mypyc.*"))
    spec = importlib.util.spec_from_file_location(f"{GROUP}__mypyc", shared[0]) if shared else None
    if spec is None or spec.loader is None:
        return "pure Python (the compiled build is incomplete: run scripts/setup-venv)"
    # The modules' own extensions import the shared library by its top-level name; it lives in the build
    # directory, which is not on sys.path.
    if spec.name not in sys.modules:
        library = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(library)
        except ImportError as error:  # built for another Python, or half removed
            return f"pure Python (the compiled build does not load: {error})"
        sys.modules[spec.name] = library
    package_path.insert(0, str(build_dir / "chronology" / "temporal"))
    return "compiled (mypyc)"


def build(build_dir: Path = BUILD_DIR) -> None:
    """Compile the package's modules with mypyc into ``build_dir``, replacing what was there only once the
    new build is complete."""
    from mypyc.build import mypycify  # a build-time dependency: importing it is slow, and users need it not
    from setuptools import setup  # type: ignore[import-untyped]

    modules = sorted(str(path) for path in PACKAGE_DIR.glob("*.py") if path.stem not in NOT_COMPILED)
    build_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=build_dir.parent, prefix=".chronology-compiling-") as work:
        staging = Path(work) / "build"
        here = Path.cwd()
        os.chdir(work)  # setuptools reads the configuration in the working directory: not the project's
        try:
            setup(
                name="chronology-compiled-tagger",
                ext_modules=mypycify(modules, opt_level="3", group_name=GROUP, target_dir="c"),
                script_args=["--quiet", "build_ext", "--build-lib", str(staging), "--build-temp", "o"],
            )
        finally:
            os.chdir(here)
        (staging / MANIFEST).write_text(json.dumps({"digest": sources_digest()}) + "\n", encoding="utf-8")
        # Swap the new build in with renames, so that a failed build leaves the last one as it was.
        retired = Path(work) / "retired"
        if build_dir.exists():
            build_dir.rename(retired)
        staging.rename(build_dir)
        shutil.rmtree(retired, ignore_errors=True)


def main() -> int:
    if _built_from(BUILD_DIR) == sources_digest():
        print(f"compiled tagger up to date in {BUILD_DIR}")
        return 0
    build()
    print(f"compiled tagger built in {BUILD_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
