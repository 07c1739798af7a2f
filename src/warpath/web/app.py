"""The FastAPI application: :func:`create_app` wires the database, the pipeline, the routers and the guards."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__, settings
from ..errors import WarpathError, message
from ..pipeline import Pipeline, load
from . import api, pages
from .answers import RememberedAnswers
from .coding import Coder
from .db import Database
from .security import ApiError, Guard, check_listen, is_loopback

log = logging.getLogger("warpath.web")
STATIC = resources.files("warpath.web").joinpath("static")


def plotly_js() -> Path:
    """plotly.min.js as shipped inside the installed plotly package (served at /static/plotly.min.js)."""
    return Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))


def plotly() -> FileResponse:
    return FileResponse(plotly_js(), media_type="text/javascript", headers={"cache-control": "public, max-age=86400"})


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.db.close()


def create_app(db_path: str | Path, token: str | None = None, pipeline_factory: Callable[[], Pipeline] = load, *,
               host: str = "127.0.0.1", max_body: int | None = None, max_article_chars: int | None = None,
               prepare: bool = True) -> FastAPI:
    """The dashboard and REST API over the warpath database at ``db_path``.

    ``token``: required (``Authorization: Bearer``) by requests that write; without one,
    ``host`` must be a loopback address. ``pipeline_factory`` builds the pipeline on first
    use (:func:`warpath.load`). ``prepare``: bring event clusters up to date on start.
    """
    check_listen(host, token)
    app = FastAPI(title="warpath", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan,
                  description="Political events coded from the news, with their evidence: articles, events, "
                              "merged events (clusters), dyad timelines with the escalation index, and alerts. "
                              "Errors are `{\"error\": {\"code\", \"message\"}}`.")
    app.state.db = Database(db_path, prepare=prepare, threads=settings.get("web_db_threads") or None)
    app.state.token = token or None
    app.state.coder = Coder(pipeline_factory, max_article_chars or settings.get("web_max_article_chars"))
    app.add_api_route("/static/plotly.min.js", plotly, include_in_schema=False)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_middleware(RememberedAnswers, db=app.state.db)  # inside the guard: its checks come first
    app.add_middleware(Guard, max_body=max_body or settings.get("web_max_body_bytes"), loopback=is_loopback(host))
    _add_handlers(app)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, code: str, text: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": {"code": code, "message": text}}, status_code=status)
    return pages.render(request, "error.html", status=status, code=code, message=text)


def _add_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _error(request, exc.status_code, exc.code, exc.detail)

    @app.exception_handler(WarpathError)
    async def warpath_error(request: Request, exc: WarpathError) -> Response:
        return _error(request, 422, exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'] if p not in ('query', 'body', 'path'))}: "
                             f"{e['msg']}" for e in exc.errors()[:5])
        return _error(request, 422, "E077", message("E077", name="request", reason=problems or "invalid"))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 404:
            return _error(request, 404, "E082", message("E082", path=request.url.path))
        if exc.status_code == 405:
            return _error(request, 405, "E083", message("E083", method=request.method, path=request.url.path))
        return _error(request, exc.status_code, "E077", message("E077", name="request", reason=str(exc.detail)))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return _error(request, 500, "E084", message("E084", reason=type(exc).__name__))
