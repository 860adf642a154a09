from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for

from . import cache, limiter
from .db import get_db

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.route("/tenants")
@cache.cached(timeout=60)
def tenants():
    rows = get_db().execute("SELECT id, name, plan FROM tenants ORDER BY name").fetchall()
    current_app.logger.debug("listed %d tenants", len(rows))
    return render_template("tenants.html", tenants=rows)


@bp.route("/tenants/<int:tenant_id>/plan", methods=["POST"])
@limiter.limit("10/minute")
def change_plan(tenant_id: int):
    plan = request.form.get("plan", "")
    if plan not in {"free", "team", "enterprise"}:
        current_app.logger.warning("rejected plan change to %r for tenant %s", plan, tenant_id)
        abort(400)
    db = get_db()
    db.execute("UPDATE tenants SET plan = ? WHERE id = ?", (plan, tenant_id))
    db.commit()
    cache.delete_memoized(tenants)
    current_app.logger.info("tenant %s moved to plan %s", tenant_id, plan)
    flash(f"Tenant {tenant_id} is now on {plan}.")
    return redirect(url_for("admin.tenants"))
