"""`overens`: the command line. Each command parses, makes one library call, prints."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from ingest.errors import (
    BadFilter,
    BadPath,
    BadQuestion,
    BadSetting,
    Forbidden,
    GoldFormatError,
    IndexCorrupt,
    IndexMismatch,
    IndexMissing,
    IngestError,
    ModelError,
    NotFound,
    OverensError,
    code_for,
)

# exit codes, in one place
EXIT_CODES: dict[type, int] = {
    BadQuestion: 2,
    BadFilter: 2,
    BadSetting: 2,
    BadPath: 2,
    GoldFormatError: 2,
    NotFound: 3,
    IndexMissing: 4,
    IndexMismatch: 4,
    IndexCorrupt: 4,
    ModelError: 5,
    IngestError: 1,
    Forbidden: 6,
}


def exit_code(e: OverensError) -> int:
    return code_for(e, EXIT_CODES, 1)


def _service(args):
    from retrieval.service import Service
    from retrieval.settings import load_settings

    overrides = {}
    if getattr(args, "corpus", None):
        overrides["corpus_dir"] = Path(args.corpus)
    return Service(load_settings(**overrides))


def _filters(args):
    from retrieval.records import Filters

    return Filters(
        getattr(args, "document", None), getattr(args, "principle", None), getattr(args, "party", None)
    )


def _print_answer(a, as_json: bool) -> None:
    from retrieval.service import answer_json

    if as_json:
        print(json.dumps(answer_json(a), ensure_ascii=False, indent=2))
        return
    print(a.answer)
    if a.citations:
        print()
        for c in a.citations:
            where = f"{c.source} [{c.start}:{c.end}]"
            print(f"[{c.n}] {c.title} — {c.section} ({where})")
            print(f"    «{c.display_text}»")


def report_block(r) -> str:
    """One file's DocReport as a compact block: what ingest understood of it."""
    from ingest.records import PARTIES

    facts = [r.format]
    if r.pages:
        facts.append(f"{r.pages} page{'s' if r.pages != 1 else ''}")
    facts.append(f"{r.sections} section{'s' if r.sections != 1 else ''}")
    total = sum(n for _, n in r.commitments)
    order = sorted(
        r.commitments, key=lambda pn: (PARTIES.index(pn[0]) if pn[0] in PARTIES else len(PARTIES), pn[0])
    )
    per_party = ", ".join(f"{party} {n}" for party, n in order)
    facts.append(f"{total} commitment{'s' if total != 1 else ''}" + (f" ({per_party})" if per_party else ""))
    lines = [
        f"{r.source} → {r.doc_id}",
        "  " + ", ".join(facts),
        f"  principles ({len(r.principles)}): {', '.join(r.principles) or '-'}",
    ]
    if r.parse_seconds or r.embed_seconds:
        lines.append(
            f"  time: parse {r.parse_seconds:.2f} s, embed {r.embed_seconds:.2f} s "
            f"({r.embedded} passage{'s' if r.embedded != 1 else ''} encoded)"
        )
    lines += [f"  warning: {w}" for w in r.warnings]
    return "\n".join(lines)


def cmd_ingest(args) -> int:
    from tqdm import tqdm

    svc = _service(args)
    bar = tqdm(total=0, unit="doc", file=sys.stderr, disable=None)
    state = {"phase": ""}

    def progress(what: str, done: int, total: int) -> None:
        phase = "embedding" if what == "embedding" else "documents"
        if phase != state["phase"]:
            state["phase"] = phase
            bar.reset(total=total)
            bar.set_description(phase)
        bar.n = done
        if what != "embedding":
            bar.set_postfix_str(what)
        bar.refresh()

    report = svc.ingest(Path(args.corpus) if args.corpus else None, force=args.force, progress=progress)
    bar.close()
    for r in report.reports:
        print(report_block(r))
    for f in report.failures:
        print(f"error: {f.reason}", file=sys.stderr)
    status = "built" if report.rebuilt else "up to date"
    print(
        f"index {status}: {report.documents} documents, {report.chunks} chunks"
        + (f", {report.embedded} passages embedded" if report.rebuilt else "")
        + f" ({report.index_path})"
    )
    return 1 if report.failures else 0


def cmd_add(args) -> int:
    svc = _service(args)
    r = svc.add_file(Path(args.file), replace=args.replace)
    print(f"added {svc.settings.corpus_dir / r.source} and re-indexed")
    print(report_block(r))
    return 0


def cmd_ask(args) -> int:
    svc = _service(args)
    if args.batch:
        return _ask_batch(svc, args)
    if not args.question:
        raise BadQuestion('give a question, e.g. overens ask "Vad åtar sig kommunen?", or --batch FILE')
    if args.explain:
        ex = svc.state().answerer.explain(args.question, args.history or [], _filters(args))
        print(json.dumps(ex, ensure_ascii=False, indent=1))
        return 0
    a = svc.ask(args.question, args.history or [], _filters(args))
    _print_answer(a, args.json)
    return 0


def _ask_batch(svc, args) -> int:
    from retrieval.batch import answer_lines

    src = Path(args.batch)
    try:
        lines = src.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) else "not UTF-8"
        raise BadPath(f"batch file {src} cannot be read ({reason}); give a UTF-8 JSONL file") from e
    try:
        out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    except OSError as e:
        raise BadPath(
            f"--out {args.out} cannot be written ({e.strerror}); give a file in a writable folder"
        ) from e
    failed = 0
    try:
        for row in answer_lines(svc, lines, _filters(args)):
            failed += "error" in row
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


def cmd_docs(args) -> int:
    docs = _service(args).documents()
    if args.json:
        print(json.dumps({"documents": docs}, ensure_ascii=False, indent=2))
    else:
        for d in docs:
            print(f"{d['doc_id']:16} {d['source']:28} {d['kind']:16} {d['date'] or '-':10}  {d['title']}")
    return 0


def cmd_search(args) -> int:
    from retrieval.service import hit_json

    hits = _service(args).search(args.query, args.k, _filters(args))
    if args.json:
        print(
            json.dumps(
                {"query": args.query, "hits": [hit_json(h) for h in hits]}, ensure_ascii=False, indent=2
            )
        )
    else:
        for h in hits:
            c = h.chunk
            print(
                f"{h.rank:2}. {h.score:.4f} {c.doc_id} · {c.section} · "
                f"{c.principle or '-'} · {c.party or '-'}"
                f" [{c.start}:{c.end}]"
            )
            print("    " + c.display_text.replace("\n", "\n    ")[:400])
    return 0


def cmd_doc(args) -> int:
    d = _service(args).retriever.document(args.doc_id)
    sys.stdout.write(d.clean_text if args.clean else d.text)
    if not (d.clean_text if args.clean else d.text).endswith("\n"):
        sys.stdout.write("\n")
    return 0


def cmd_commitments(args) -> int:
    from retrieval.service import commitments_csv

    rows = _service(args).commitments(_filters(args))
    if args.format == "csv":
        sys.stdout.write(commitments_csv(rows))
    else:
        print(json.dumps({"commitments": rows}, ensure_ascii=False, indent=2))
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from app.api import create_app
    from retrieval.settings import load_settings

    workers = args.workers
    if workers < 1:
        print("error: --workers must be 1 or more", file=sys.stderr)
        return 2
    # every server follows the shared index folder: a rebuild by any of them, or by
    # `overens ingest`, reaches all
    os.environ.setdefault("OVERENS_FOLLOW_INDEX", "true")
    if workers > 1:
        # the cores are shared out: each process gets its share of encode threads
        os.environ.setdefault("OVERENS_ENCODE_WORKERS", str(max(1, (os.cpu_count() or 1) // workers)))
    settings = load_settings()
    host, port = args.host or settings.api_host, args.port or settings.api_port
    if workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
        return 0
    import subprocess

    # the index is built (if needed) once, in a child process, before the workers start; they only read it,
    # and this supervising process never loads the model
    done = subprocess.run([sys.executable, "-m", "app.cli", "ingest"], check=False)
    if done.returncode != 0:
        return done.returncode
    uvicorn.run("app.api:app_factory", factory=True, host=host, port=port, workers=workers, log_level="info")
    return 0


def cmd_ui(args) -> int:
    import subprocess

    from retrieval.settings import load_settings

    settings = load_settings()
    ui = Path(__file__).with_name("ui.py")
    env = dict(os.environ)
    env.setdefault("OVERENS_API_URL", settings.api_url)
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ui),
        "--server.headless",
        "true",
        "--server.port",
        str(args.port or settings.ui_port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
    ]
    return subprocess.call(cmd, env=env)


def cmd_fit(args) -> int:
    from eval.fit import main as fit_main

    return fit_main(args.rest)


def cmd_eval(args) -> int:
    from eval.run import main as eval_main
    from retrieval.settings import load_settings

    return eval_main(args, load_settings())


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="overens",
        description="Answers with exact citations over agreements "
        "between municipalities/regions and civil society.",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log progress and decisions")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="parse, clean, structure, chunk and index the corpus")
    s.add_argument("--corpus", help="corpus folder (default corpus/)")
    s.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("add", help="check a document, copy it into the corpus and re-index")
    s.add_argument("file", help="a .txt, .md, .html, .pdf or .docx file")
    s.add_argument("--corpus", help="corpus folder (default corpus/)")
    s.add_argument("--replace", action="store_true", help="replace a different file of the same name")
    s.set_defaults(func=cmd_add)

    def add_filters(sp):
        sp.add_argument("--document", help="document id, file name or place (e.g. sodertalje)")
        sp.add_argument("--principle", help="principle id, e.g. oppenhet_och_insyn")
        sp.add_argument("--party", help="public | civil_society | joint")

    s = sub.add_parser("ask", help="answer a question with citations")
    s.add_argument("question", nargs="?")
    s.add_argument("--history", action="append", help="an earlier question of the conversation (repeatable)")
    s.add_argument("--json", action="store_true")
    s.add_argument("--batch", help="JSONL file of {id, question, history}")
    s.add_argument("--out", help="where --batch writes its JSONL (default stdout)")
    s.add_argument(
        "--explain",
        action="store_true",
        help="print the parsed question, the best candidates with their features and probabilities, "
        "and which are cited",
    )
    add_filters(s)
    s.set_defaults(func=cmd_ask)

    s = sub.add_parser(
        "fit",
        help="fit the answer layer's weights (answer/weights.json) with cross-validation",
        add_help=False,
    )
    s.add_argument("rest", nargs=argparse.REMAINDER, help="options of python -m eval.fit (--help lists them)")
    s.set_defaults(func=cmd_fit)

    s = sub.add_parser("docs", help="list the documents")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_docs)

    s = sub.add_parser("search", help="ranked passages (no answer composition)")
    s.add_argument("query")
    s.add_argument("-k", type=int, default=10)
    s.add_argument("--json", action="store_true")
    add_filters(s)
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("doc", help="print a document's original (or --clean) text")
    s.add_argument("doc_id")
    s.add_argument("--clean", action="store_true")
    s.set_defaults(func=cmd_doc)

    s = sub.add_parser("commitments", help="the structured commitments")
    s.add_argument("--format", choices=("json", "csv"), default="json")
    add_filters(s)
    s.set_defaults(func=cmd_commitments)

    s = sub.add_parser("serve", help="the HTTP API")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes sharing the port and the read-only index folder (default 1)",
    )
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("ui", help="the Streamlit UI (talks to the API)")
    s.add_argument("--port", type=int)
    s.set_defaults(func=cmd_ui)

    s = sub.add_parser("eval", help="run the gold set and write eval/report.md")
    s.add_argument("--gold", default=None)
    s.add_argument("--out", default=None, help="report folder (default eval/)")
    s.add_argument("--no-baselines", action="store_true", help="only the full system")
    s.add_argument("--check", action="store_true", help="exit 1 if the full system is below its thresholds")
    s.set_defaults(func=cmd_eval)
    return p


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    try:
        return args.func(args)
    except OverensError as e:
        print(f"error: {e}", file=sys.stderr)
        return exit_code(e)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
